from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.responses_request_include_item import ResponsesRequestIncludeItem
from ..models.responses_tool_choice import ResponsesToolChoice
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.additional_tools import AdditionalTools
    from ..models.custom_tool import CustomTool
    from ..models.custom_tool_call_output import CustomToolCallOutput
    from ..models.function_call_output import FunctionCallOutput
    from ..models.function_tool import FunctionTool
    from ..models.namespace_tool import NamespaceTool
    from ..models.responses_custom_tool_call_item import ResponsesCustomToolCallItem
    from ..models.responses_function_call_item import ResponsesFunctionCallItem
    from ..models.responses_message_item import ResponsesMessageItem
    from ..models.responses_reasoning_item import ResponsesReasoningItem
    from ..models.responses_request_prompt_cache_options import (
        ResponsesRequestPromptCacheOptions,
    )
    from ..models.responses_request_reasoning import ResponsesRequestReasoning
    from ..models.responses_request_text import ResponsesRequestText
    from ..models.responses_web_search_call_item import ResponsesWebSearchCallItem
    from ..models.web_search_tool import WebSearchTool


T = TypeVar("T", bound="ResponsesRequest")


@_attrs_define
class ResponsesRequest:
    """
    Attributes:
        model (str): ID of the model to use. This endpoint currently supports `kimi-k3`. Example: kimi-k3.
        input_ (list[AdditionalTools | CustomToolCallOutput | FunctionCallOutput | ResponsesCustomToolCallItem |
            ResponsesFunctionCallItem | ResponsesMessageItem | ResponsesReasoningItem | ResponsesWebSearchCallItem] | str):
            Input for this request. A string is equivalent to a single user message. An array holds ordered typed items and
            may contain conversation history, tool calls, and tool results.
        instructions (str | Unset): Top-level system instructions, applied ahead of every input item.
        stream (bool | Unset): When true, the response is delivered as a stream of SSE events.
        max_output_tokens (int | Unset): Maximum number of tokens to generate for this response. For `kimi-k3` it
            defaults to 131072 and can be set up to 1048576. This refers to the length of tokens you expect us to return,
            not the total length of input plus output. When the limit is reached, `status` is `incomplete` and
            `incomplete_details.reason` is `max_output_tokens`.
        reasoning (ResponsesRequestReasoning | Unset): Reasoning configuration.
        text (ResponsesRequestText | Unset): Output text configuration.
        tools (list[CustomTool | FunctionTool | NamespaceTool | WebSearchTool] | Unset): List of tools the model may
            call.
        tool_choice (ResponsesToolChoice | Unset): Controls tool-calling behavior. With `auto`, the model decides
            whether to call a tool.
        include (list[ResponsesRequestIncludeItem] | Unset): Additional fields to return. Only effective when the
            `web_search` tool is used. `web_search_call.action.sources` returns the web pages the search hit;
            `web_search_call.results` returns image search results.
        prompt_cache_key (str | Unset): Context cache identifier. Reusing the same value across a session improves cache
            hit rate.
        prompt_cache_options (ResponsesRequestPromptCacheOptions | Unset): Context cache write options. When omitted,
            cache write is enabled by default (5m tier): the system automatically writes the request prefix to the 5m cache
            tier
        safety_identifier (str | Unset): A stable identifier used to help detect users of your application that may be
            violating usage policies. The ID should be a string that uniquely identifies each user. It is recommended to
            hash the username or email address to avoid sending any identifying information
    """

    model: str
    input_: (
        list[
            AdditionalTools
            | CustomToolCallOutput
            | FunctionCallOutput
            | ResponsesCustomToolCallItem
            | ResponsesFunctionCallItem
            | ResponsesMessageItem
            | ResponsesReasoningItem
            | ResponsesWebSearchCallItem
        ]
        | str
    )
    instructions: str | Unset = UNSET
    stream: bool | Unset = UNSET
    max_output_tokens: int | Unset = UNSET
    reasoning: ResponsesRequestReasoning | Unset = UNSET
    text: ResponsesRequestText | Unset = UNSET
    tools: list[CustomTool | FunctionTool | NamespaceTool | WebSearchTool] | Unset = (
        UNSET
    )
    tool_choice: ResponsesToolChoice | Unset = UNSET
    include: list[ResponsesRequestIncludeItem] | Unset = UNSET
    prompt_cache_key: str | Unset = UNSET
    prompt_cache_options: ResponsesRequestPromptCacheOptions | Unset = UNSET
    safety_identifier: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.custom_tool import CustomTool
        from ..models.custom_tool_call_output import CustomToolCallOutput
        from ..models.function_call_output import FunctionCallOutput
        from ..models.function_tool import FunctionTool
        from ..models.namespace_tool import NamespaceTool
        from ..models.responses_custom_tool_call_item import ResponsesCustomToolCallItem
        from ..models.responses_function_call_item import ResponsesFunctionCallItem
        from ..models.responses_message_item import ResponsesMessageItem
        from ..models.responses_reasoning_item import ResponsesReasoningItem
        from ..models.responses_web_search_call_item import ResponsesWebSearchCallItem

        model = self.model

        input_: list[dict[str, Any]] | str
        if isinstance(self.input_, list):
            input_ = []
            for input_type_1_item_data in self.input_:
                input_type_1_item: dict[str, Any]
                if (
                    isinstance(input_type_1_item_data, ResponsesMessageItem)
                    or isinstance(input_type_1_item_data, ResponsesReasoningItem)
                    or isinstance(input_type_1_item_data, ResponsesFunctionCallItem)
                    or isinstance(input_type_1_item_data, FunctionCallOutput)
                    or isinstance(input_type_1_item_data, ResponsesCustomToolCallItem)
                    or isinstance(input_type_1_item_data, CustomToolCallOutput)
                    or isinstance(input_type_1_item_data, ResponsesWebSearchCallItem)
                ):
                    input_type_1_item = input_type_1_item_data.to_dict()
                else:
                    input_type_1_item = input_type_1_item_data.to_dict()

                input_.append(input_type_1_item)

        else:
            input_ = self.input_

        instructions = self.instructions

        stream = self.stream

        max_output_tokens = self.max_output_tokens

        reasoning: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reasoning, Unset):
            reasoning = self.reasoning.to_dict()

        text: dict[str, Any] | Unset = UNSET
        if not isinstance(self.text, Unset):
            text = self.text.to_dict()

        tools: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tools, Unset):
            tools = []
            for tools_item_data in self.tools:
                tools_item: dict[str, Any]
                if (
                    isinstance(tools_item_data, FunctionTool)
                    or isinstance(tools_item_data, CustomTool)
                    or isinstance(tools_item_data, NamespaceTool)
                ):
                    tools_item = tools_item_data.to_dict()
                else:
                    tools_item = tools_item_data.to_dict()

                tools.append(tools_item)

        tool_choice: str | Unset = UNSET
        if not isinstance(self.tool_choice, Unset):
            tool_choice = self.tool_choice.value

        include: list[str] | Unset = UNSET
        if not isinstance(self.include, Unset):
            include = []
            for include_item_data in self.include:
                include_item = include_item_data.value
                include.append(include_item)

        prompt_cache_key = self.prompt_cache_key

        prompt_cache_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.prompt_cache_options, Unset):
            prompt_cache_options = self.prompt_cache_options.to_dict()

        safety_identifier = self.safety_identifier

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model": model,
                "input": input_,
            }
        )
        if instructions is not UNSET:
            field_dict["instructions"] = instructions
        if stream is not UNSET:
            field_dict["stream"] = stream
        if max_output_tokens is not UNSET:
            field_dict["max_output_tokens"] = max_output_tokens
        if reasoning is not UNSET:
            field_dict["reasoning"] = reasoning
        if text is not UNSET:
            field_dict["text"] = text
        if tools is not UNSET:
            field_dict["tools"] = tools
        if tool_choice is not UNSET:
            field_dict["tool_choice"] = tool_choice
        if include is not UNSET:
            field_dict["include"] = include
        if prompt_cache_key is not UNSET:
            field_dict["prompt_cache_key"] = prompt_cache_key
        if prompt_cache_options is not UNSET:
            field_dict["prompt_cache_options"] = prompt_cache_options
        if safety_identifier is not UNSET:
            field_dict["safety_identifier"] = safety_identifier

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.additional_tools import AdditionalTools
        from ..models.custom_tool import CustomTool
        from ..models.custom_tool_call_output import CustomToolCallOutput
        from ..models.function_call_output import FunctionCallOutput
        from ..models.function_tool import FunctionTool
        from ..models.namespace_tool import NamespaceTool
        from ..models.responses_custom_tool_call_item import ResponsesCustomToolCallItem
        from ..models.responses_function_call_item import ResponsesFunctionCallItem
        from ..models.responses_message_item import ResponsesMessageItem
        from ..models.responses_reasoning_item import ResponsesReasoningItem
        from ..models.responses_request_prompt_cache_options import (
            ResponsesRequestPromptCacheOptions,
        )
        from ..models.responses_request_reasoning import ResponsesRequestReasoning
        from ..models.responses_request_text import ResponsesRequestText
        from ..models.responses_web_search_call_item import ResponsesWebSearchCallItem
        from ..models.web_search_tool import WebSearchTool

        d = dict(src_dict)
        model = d.pop("model")

        def _parse_input_(
            data: object,
        ) -> (
            list[
                AdditionalTools
                | CustomToolCallOutput
                | FunctionCallOutput
                | ResponsesCustomToolCallItem
                | ResponsesFunctionCallItem
                | ResponsesMessageItem
                | ResponsesReasoningItem
                | ResponsesWebSearchCallItem
            ]
            | str
        ):
            try:
                if not isinstance(data, list):
                    raise TypeError()
                input_type_1 = []
                _input_type_1 = data
                for input_type_1_item_data in _input_type_1:

                    def _parse_input_type_1_item(
                        data: object,
                    ) -> (
                        AdditionalTools
                        | CustomToolCallOutput
                        | FunctionCallOutput
                        | ResponsesCustomToolCallItem
                        | ResponsesFunctionCallItem
                        | ResponsesMessageItem
                        | ResponsesReasoningItem
                        | ResponsesWebSearchCallItem
                    ):
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_responses_input_item_type_0 = (
                                ResponsesMessageItem.from_dict(data)
                            )

                            return componentsschemas_responses_input_item_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_responses_input_item_type_1 = (
                                ResponsesReasoningItem.from_dict(data)
                            )

                            return componentsschemas_responses_input_item_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_responses_input_item_type_2 = (
                                ResponsesFunctionCallItem.from_dict(data)
                            )

                            return componentsschemas_responses_input_item_type_2
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_responses_input_item_type_3 = (
                                FunctionCallOutput.from_dict(data)
                            )

                            return componentsschemas_responses_input_item_type_3
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_responses_input_item_type_4 = (
                                ResponsesCustomToolCallItem.from_dict(data)
                            )

                            return componentsschemas_responses_input_item_type_4
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_responses_input_item_type_5 = (
                                CustomToolCallOutput.from_dict(data)
                            )

                            return componentsschemas_responses_input_item_type_5
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_responses_input_item_type_6 = (
                                ResponsesWebSearchCallItem.from_dict(data)
                            )

                            return componentsschemas_responses_input_item_type_6
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_responses_input_item_type_7 = (
                            AdditionalTools.from_dict(data)
                        )

                        return componentsschemas_responses_input_item_type_7

                    input_type_1_item = _parse_input_type_1_item(input_type_1_item_data)

                    input_type_1.append(input_type_1_item)

                return input_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[
                    AdditionalTools
                    | CustomToolCallOutput
                    | FunctionCallOutput
                    | ResponsesCustomToolCallItem
                    | ResponsesFunctionCallItem
                    | ResponsesMessageItem
                    | ResponsesReasoningItem
                    | ResponsesWebSearchCallItem
                ]
                | str,
                data,
            )

        input_ = _parse_input_(d.pop("input"))

        instructions = d.pop("instructions", UNSET)

        stream = d.pop("stream", UNSET)

        max_output_tokens = d.pop("max_output_tokens", UNSET)

        _reasoning = d.pop("reasoning", UNSET)
        reasoning: ResponsesRequestReasoning | Unset
        if isinstance(_reasoning, Unset):
            reasoning = UNSET
        else:
            reasoning = ResponsesRequestReasoning.from_dict(_reasoning)

        _text = d.pop("text", UNSET)
        text: ResponsesRequestText | Unset
        if isinstance(_text, Unset):
            text = UNSET
        else:
            text = ResponsesRequestText.from_dict(_text)

        _tools = d.pop("tools", UNSET)
        tools: (
            list[CustomTool | FunctionTool | NamespaceTool | WebSearchTool] | Unset
        ) = UNSET
        if _tools is not UNSET:
            tools = []
            for tools_item_data in _tools:

                def _parse_tools_item(
                    data: object,
                ) -> CustomTool | FunctionTool | NamespaceTool | WebSearchTool:
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_responses_tool_type_0 = (
                            FunctionTool.from_dict(data)
                        )

                        return componentsschemas_responses_tool_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_responses_tool_type_1 = CustomTool.from_dict(
                            data
                        )

                        return componentsschemas_responses_tool_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_responses_tool_type_2 = (
                            NamespaceTool.from_dict(data)
                        )

                        return componentsschemas_responses_tool_type_2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_responses_tool_type_3 = WebSearchTool.from_dict(
                        data
                    )

                    return componentsschemas_responses_tool_type_3

                tools_item = _parse_tools_item(tools_item_data)

                tools.append(tools_item)

        _tool_choice = d.pop("tool_choice", UNSET)
        tool_choice: ResponsesToolChoice | Unset
        if isinstance(_tool_choice, Unset):
            tool_choice = UNSET
        else:
            tool_choice = ResponsesToolChoice(_tool_choice)

        _include = d.pop("include", UNSET)
        include: list[ResponsesRequestIncludeItem] | Unset = UNSET
        if _include is not UNSET:
            include = []
            for include_item_data in _include:
                include_item = ResponsesRequestIncludeItem(include_item_data)

                include.append(include_item)

        prompt_cache_key = d.pop("prompt_cache_key", UNSET)

        _prompt_cache_options = d.pop("prompt_cache_options", UNSET)
        prompt_cache_options: ResponsesRequestPromptCacheOptions | Unset
        if isinstance(_prompt_cache_options, Unset):
            prompt_cache_options = UNSET
        else:
            prompt_cache_options = ResponsesRequestPromptCacheOptions.from_dict(
                _prompt_cache_options
            )

        safety_identifier = d.pop("safety_identifier", UNSET)

        responses_request = cls(
            model=model,
            input_=input_,
            instructions=instructions,
            stream=stream,
            max_output_tokens=max_output_tokens,
            reasoning=reasoning,
            text=text,
            tools=tools,
            tool_choice=tool_choice,
            include=include,
            prompt_cache_key=prompt_cache_key,
            prompt_cache_options=prompt_cache_options,
            safety_identifier=safety_identifier,
        )

        responses_request.additional_properties = d
        return responses_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
