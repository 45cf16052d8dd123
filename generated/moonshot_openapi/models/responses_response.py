from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.responses_response_object import ResponsesResponseObject
from ..models.responses_response_status import ResponsesResponseStatus
from ..models.responses_tool_choice import ResponsesToolChoice
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_tool import CustomTool
    from ..models.function_tool import FunctionTool
    from ..models.namespace_tool import NamespaceTool
    from ..models.responses_output_custom_tool_call_item import (
        ResponsesOutputCustomToolCallItem,
    )
    from ..models.responses_output_function_call_item import (
        ResponsesOutputFunctionCallItem,
    )
    from ..models.responses_output_message_item import ResponsesOutputMessageItem
    from ..models.responses_output_reasoning_item import ResponsesOutputReasoningItem
    from ..models.responses_output_web_search_call_item import (
        ResponsesOutputWebSearchCallItem,
    )
    from ..models.responses_response_conversation_type_0 import (
        ResponsesResponseConversationType0,
    )
    from ..models.responses_response_error_type_0 import ResponsesResponseErrorType0
    from ..models.responses_response_incomplete_details_type_0 import (
        ResponsesResponseIncompleteDetailsType0,
    )
    from ..models.responses_response_metadata_type_0 import (
        ResponsesResponseMetadataType0,
    )
    from ..models.responses_response_prompt_cache_options import (
        ResponsesResponsePromptCacheOptions,
    )
    from ..models.responses_response_reasoning_type_0 import (
        ResponsesResponseReasoningType0,
    )
    from ..models.responses_response_text_type_0 import ResponsesResponseTextType0
    from ..models.responses_usage import ResponsesUsage
    from ..models.web_search_tool import WebSearchTool


T = TypeVar("T", bound="ResponsesResponse")


@_attrs_define
class ResponsesResponse:
    """A single model response.

    Attributes:
        id (str | Unset): Unique identifier of the response. Example: resp_68f0c1c2d3e4f5a6b7c8d9e0.
        object_ (ResponsesResponseObject | Unset):
        created_at (int | Unset): Unix timestamp of when the response was created.
        completed_at (int | None | Unset): Unix timestamp of when the response finished. Present when `status` is
            `completed` or `incomplete`; `null` when `status` is `in_progress` or `failed`.
        status (ResponsesResponseStatus | Unset): Response status. The opening snapshot of a stream is `in_progress`.
        model (str | Unset): Model that produced the response.
        output (list[ResponsesOutputCustomToolCallItem | ResponsesOutputFunctionCallItem | ResponsesOutputMessageItem |
            ResponsesOutputReasoningItem | ResponsesOutputWebSearchCallItem] | Unset): The output item array, ordered as
            web_search_call (if any), reasoning, message, tool calls.
        usage (None | ResponsesUsage | Unset):
        incomplete_details (None | ResponsesResponseIncompleteDetailsType0 | Unset): Reason the response is
            `incomplete`.
        error (None | ResponsesResponseErrorType0 | Unset): Error information when `status` is `failed`.
        instructions (None | str | Unset):
        reasoning (None | ResponsesResponseReasoningType0 | Unset):
        text (None | ResponsesResponseTextType0 | Unset):
        tools (list[CustomTool | FunctionTool | NamespaceTool | WebSearchTool] | None | Unset):
        tool_choice (None | ResponsesToolChoice | Unset):
        max_output_tokens (int | None | Unset):
        temperature (float | None | Unset):
        top_p (float | None | Unset):
        metadata (None | ResponsesResponseMetadataType0 | Unset):
        parallel_tool_calls (bool | Unset):
        service_tier (None | str | Unset):
        store (bool | Unset): Always `false`.
        background (bool | None | Unset): Always `false`.
        previous_response_id (None | str | Unset): Always `null`.
        conversation (None | ResponsesResponseConversationType0 | Unset): Always `null`.
        prompt_cache_options (ResponsesResponsePromptCacheOptions | Unset): The context cache write options actually
            applied by the server. When the request omits prompt_cache_options, refer to the mode and ttl returned here
    """

    id: str | Unset = UNSET
    object_: ResponsesResponseObject | Unset = UNSET
    created_at: int | Unset = UNSET
    completed_at: int | None | Unset = UNSET
    status: ResponsesResponseStatus | Unset = UNSET
    model: str | Unset = UNSET
    output: (
        list[
            ResponsesOutputCustomToolCallItem
            | ResponsesOutputFunctionCallItem
            | ResponsesOutputMessageItem
            | ResponsesOutputReasoningItem
            | ResponsesOutputWebSearchCallItem
        ]
        | Unset
    ) = UNSET
    usage: None | ResponsesUsage | Unset = UNSET
    incomplete_details: None | ResponsesResponseIncompleteDetailsType0 | Unset = UNSET
    error: None | ResponsesResponseErrorType0 | Unset = UNSET
    instructions: None | str | Unset = UNSET
    reasoning: None | ResponsesResponseReasoningType0 | Unset = UNSET
    text: None | ResponsesResponseTextType0 | Unset = UNSET
    tools: (
        list[CustomTool | FunctionTool | NamespaceTool | WebSearchTool] | None | Unset
    ) = UNSET
    tool_choice: None | ResponsesToolChoice | Unset = UNSET
    max_output_tokens: int | None | Unset = UNSET
    temperature: float | None | Unset = UNSET
    top_p: float | None | Unset = UNSET
    metadata: None | ResponsesResponseMetadataType0 | Unset = UNSET
    parallel_tool_calls: bool | Unset = UNSET
    service_tier: None | str | Unset = UNSET
    store: bool | Unset = UNSET
    background: bool | None | Unset = UNSET
    previous_response_id: None | str | Unset = UNSET
    conversation: None | ResponsesResponseConversationType0 | Unset = UNSET
    prompt_cache_options: ResponsesResponsePromptCacheOptions | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.custom_tool import CustomTool
        from ..models.function_tool import FunctionTool
        from ..models.namespace_tool import NamespaceTool
        from ..models.responses_output_custom_tool_call_item import (
            ResponsesOutputCustomToolCallItem,
        )
        from ..models.responses_output_function_call_item import (
            ResponsesOutputFunctionCallItem,
        )
        from ..models.responses_output_message_item import ResponsesOutputMessageItem
        from ..models.responses_output_reasoning_item import (
            ResponsesOutputReasoningItem,
        )
        from ..models.responses_response_conversation_type_0 import (
            ResponsesResponseConversationType0,
        )
        from ..models.responses_response_error_type_0 import ResponsesResponseErrorType0
        from ..models.responses_response_incomplete_details_type_0 import (
            ResponsesResponseIncompleteDetailsType0,
        )
        from ..models.responses_response_metadata_type_0 import (
            ResponsesResponseMetadataType0,
        )
        from ..models.responses_response_reasoning_type_0 import (
            ResponsesResponseReasoningType0,
        )
        from ..models.responses_response_text_type_0 import ResponsesResponseTextType0
        from ..models.responses_usage import ResponsesUsage

        id = self.id

        object_: str | Unset = UNSET
        if not isinstance(self.object_, Unset):
            object_ = self.object_.value

        created_at = self.created_at

        completed_at: int | None | Unset
        if isinstance(self.completed_at, Unset):
            completed_at = UNSET
        else:
            completed_at = self.completed_at

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        model = self.model

        output: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.output, Unset):
            output = []
            for output_item_data in self.output:
                output_item: dict[str, Any]
                if (
                    isinstance(output_item_data, ResponsesOutputReasoningItem)
                    or isinstance(output_item_data, ResponsesOutputMessageItem)
                    or isinstance(output_item_data, ResponsesOutputFunctionCallItem)
                    or isinstance(output_item_data, ResponsesOutputCustomToolCallItem)
                ):
                    output_item = output_item_data.to_dict()
                else:
                    output_item = output_item_data.to_dict()

                output.append(output_item)

        usage: dict[str, Any] | None | Unset
        if isinstance(self.usage, Unset):
            usage = UNSET
        elif isinstance(self.usage, ResponsesUsage):
            usage = self.usage.to_dict()
        else:
            usage = self.usage

        incomplete_details: dict[str, Any] | None | Unset
        if isinstance(self.incomplete_details, Unset):
            incomplete_details = UNSET
        elif isinstance(
            self.incomplete_details, ResponsesResponseIncompleteDetailsType0
        ):
            incomplete_details = self.incomplete_details.to_dict()
        else:
            incomplete_details = self.incomplete_details

        error: dict[str, Any] | None | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        elif isinstance(self.error, ResponsesResponseErrorType0):
            error = self.error.to_dict()
        else:
            error = self.error

        instructions: None | str | Unset
        if isinstance(self.instructions, Unset):
            instructions = UNSET
        else:
            instructions = self.instructions

        reasoning: dict[str, Any] | None | Unset
        if isinstance(self.reasoning, Unset):
            reasoning = UNSET
        elif isinstance(self.reasoning, ResponsesResponseReasoningType0):
            reasoning = self.reasoning.to_dict()
        else:
            reasoning = self.reasoning

        text: dict[str, Any] | None | Unset
        if isinstance(self.text, Unset):
            text = UNSET
        elif isinstance(self.text, ResponsesResponseTextType0):
            text = self.text.to_dict()
        else:
            text = self.text

        tools: list[dict[str, Any]] | None | Unset
        if isinstance(self.tools, Unset):
            tools = UNSET
        elif isinstance(self.tools, list):
            tools = []
            for tools_type_0_item_data in self.tools:
                tools_type_0_item: dict[str, Any]
                if (
                    isinstance(tools_type_0_item_data, FunctionTool)
                    or isinstance(tools_type_0_item_data, CustomTool)
                    or isinstance(tools_type_0_item_data, NamespaceTool)
                ):
                    tools_type_0_item = tools_type_0_item_data.to_dict()
                else:
                    tools_type_0_item = tools_type_0_item_data.to_dict()

                tools.append(tools_type_0_item)

        else:
            tools = self.tools

        tool_choice: None | str | Unset
        if isinstance(self.tool_choice, Unset):
            tool_choice = UNSET
        elif isinstance(self.tool_choice, ResponsesToolChoice):
            tool_choice = self.tool_choice.value
        else:
            tool_choice = self.tool_choice

        max_output_tokens: int | None | Unset
        if isinstance(self.max_output_tokens, Unset):
            max_output_tokens = UNSET
        else:
            max_output_tokens = self.max_output_tokens

        temperature: float | None | Unset
        if isinstance(self.temperature, Unset):
            temperature = UNSET
        else:
            temperature = self.temperature

        top_p: float | None | Unset
        if isinstance(self.top_p, Unset):
            top_p = UNSET
        else:
            top_p = self.top_p

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, ResponsesResponseMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        parallel_tool_calls = self.parallel_tool_calls

        service_tier: None | str | Unset
        if isinstance(self.service_tier, Unset):
            service_tier = UNSET
        else:
            service_tier = self.service_tier

        store = self.store

        background: bool | None | Unset
        if isinstance(self.background, Unset):
            background = UNSET
        else:
            background = self.background

        previous_response_id: None | str | Unset
        if isinstance(self.previous_response_id, Unset):
            previous_response_id = UNSET
        else:
            previous_response_id = self.previous_response_id

        conversation: dict[str, Any] | None | Unset
        if isinstance(self.conversation, Unset):
            conversation = UNSET
        elif isinstance(self.conversation, ResponsesResponseConversationType0):
            conversation = self.conversation.to_dict()
        else:
            conversation = self.conversation

        prompt_cache_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.prompt_cache_options, Unset):
            prompt_cache_options = self.prompt_cache_options.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if object_ is not UNSET:
            field_dict["object"] = object_
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at
        if status is not UNSET:
            field_dict["status"] = status
        if model is not UNSET:
            field_dict["model"] = model
        if output is not UNSET:
            field_dict["output"] = output
        if usage is not UNSET:
            field_dict["usage"] = usage
        if incomplete_details is not UNSET:
            field_dict["incomplete_details"] = incomplete_details
        if error is not UNSET:
            field_dict["error"] = error
        if instructions is not UNSET:
            field_dict["instructions"] = instructions
        if reasoning is not UNSET:
            field_dict["reasoning"] = reasoning
        if text is not UNSET:
            field_dict["text"] = text
        if tools is not UNSET:
            field_dict["tools"] = tools
        if tool_choice is not UNSET:
            field_dict["tool_choice"] = tool_choice
        if max_output_tokens is not UNSET:
            field_dict["max_output_tokens"] = max_output_tokens
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if top_p is not UNSET:
            field_dict["top_p"] = top_p
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if parallel_tool_calls is not UNSET:
            field_dict["parallel_tool_calls"] = parallel_tool_calls
        if service_tier is not UNSET:
            field_dict["service_tier"] = service_tier
        if store is not UNSET:
            field_dict["store"] = store
        if background is not UNSET:
            field_dict["background"] = background
        if previous_response_id is not UNSET:
            field_dict["previous_response_id"] = previous_response_id
        if conversation is not UNSET:
            field_dict["conversation"] = conversation
        if prompt_cache_options is not UNSET:
            field_dict["prompt_cache_options"] = prompt_cache_options

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.custom_tool import CustomTool
        from ..models.function_tool import FunctionTool
        from ..models.namespace_tool import NamespaceTool
        from ..models.responses_output_custom_tool_call_item import (
            ResponsesOutputCustomToolCallItem,
        )
        from ..models.responses_output_function_call_item import (
            ResponsesOutputFunctionCallItem,
        )
        from ..models.responses_output_message_item import ResponsesOutputMessageItem
        from ..models.responses_output_reasoning_item import (
            ResponsesOutputReasoningItem,
        )
        from ..models.responses_output_web_search_call_item import (
            ResponsesOutputWebSearchCallItem,
        )
        from ..models.responses_response_conversation_type_0 import (
            ResponsesResponseConversationType0,
        )
        from ..models.responses_response_error_type_0 import ResponsesResponseErrorType0
        from ..models.responses_response_incomplete_details_type_0 import (
            ResponsesResponseIncompleteDetailsType0,
        )
        from ..models.responses_response_metadata_type_0 import (
            ResponsesResponseMetadataType0,
        )
        from ..models.responses_response_prompt_cache_options import (
            ResponsesResponsePromptCacheOptions,
        )
        from ..models.responses_response_reasoning_type_0 import (
            ResponsesResponseReasoningType0,
        )
        from ..models.responses_response_text_type_0 import ResponsesResponseTextType0
        from ..models.responses_usage import ResponsesUsage
        from ..models.web_search_tool import WebSearchTool

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _object_ = d.pop("object", UNSET)
        object_: ResponsesResponseObject | Unset
        if isinstance(_object_, Unset):
            object_ = UNSET
        else:
            object_ = ResponsesResponseObject(_object_)

        created_at = d.pop("created_at", UNSET)

        def _parse_completed_at(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        completed_at = _parse_completed_at(d.pop("completed_at", UNSET))

        _status = d.pop("status", UNSET)
        status: ResponsesResponseStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = ResponsesResponseStatus(_status)

        model = d.pop("model", UNSET)

        _output = d.pop("output", UNSET)
        output: (
            list[
                ResponsesOutputCustomToolCallItem
                | ResponsesOutputFunctionCallItem
                | ResponsesOutputMessageItem
                | ResponsesOutputReasoningItem
                | ResponsesOutputWebSearchCallItem
            ]
            | Unset
        ) = UNSET
        if _output is not UNSET:
            output = []
            for output_item_data in _output:

                def _parse_output_item(
                    data: object,
                ) -> (
                    ResponsesOutputCustomToolCallItem
                    | ResponsesOutputFunctionCallItem
                    | ResponsesOutputMessageItem
                    | ResponsesOutputReasoningItem
                    | ResponsesOutputWebSearchCallItem
                ):
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_responses_output_item_type_0 = (
                            ResponsesOutputReasoningItem.from_dict(data)
                        )

                        return componentsschemas_responses_output_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_responses_output_item_type_1 = (
                            ResponsesOutputMessageItem.from_dict(data)
                        )

                        return componentsschemas_responses_output_item_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_responses_output_item_type_2 = (
                            ResponsesOutputFunctionCallItem.from_dict(data)
                        )

                        return componentsschemas_responses_output_item_type_2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_responses_output_item_type_3 = (
                            ResponsesOutputCustomToolCallItem.from_dict(data)
                        )

                        return componentsschemas_responses_output_item_type_3
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_responses_output_item_type_4 = (
                        ResponsesOutputWebSearchCallItem.from_dict(data)
                    )

                    return componentsschemas_responses_output_item_type_4

                output_item = _parse_output_item(output_item_data)

                output.append(output_item)

        def _parse_usage(data: object) -> None | ResponsesUsage | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                usage_type_0 = ResponsesUsage.from_dict(data)

                return usage_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ResponsesUsage | Unset, data)

        usage = _parse_usage(d.pop("usage", UNSET))

        def _parse_incomplete_details(
            data: object,
        ) -> None | ResponsesResponseIncompleteDetailsType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                incomplete_details_type_0 = (
                    ResponsesResponseIncompleteDetailsType0.from_dict(data)
                )

                return incomplete_details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ResponsesResponseIncompleteDetailsType0 | Unset, data)

        incomplete_details = _parse_incomplete_details(
            d.pop("incomplete_details", UNSET)
        )

        def _parse_error(data: object) -> None | ResponsesResponseErrorType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                error_type_0 = ResponsesResponseErrorType0.from_dict(data)

                return error_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ResponsesResponseErrorType0 | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        def _parse_instructions(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        instructions = _parse_instructions(d.pop("instructions", UNSET))

        def _parse_reasoning(
            data: object,
        ) -> None | ResponsesResponseReasoningType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                reasoning_type_0 = ResponsesResponseReasoningType0.from_dict(data)

                return reasoning_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ResponsesResponseReasoningType0 | Unset, data)

        reasoning = _parse_reasoning(d.pop("reasoning", UNSET))

        def _parse_text(data: object) -> None | ResponsesResponseTextType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                text_type_0 = ResponsesResponseTextType0.from_dict(data)

                return text_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ResponsesResponseTextType0 | Unset, data)

        text = _parse_text(d.pop("text", UNSET))

        def _parse_tools(
            data: object,
        ) -> (
            list[CustomTool | FunctionTool | NamespaceTool | WebSearchTool]
            | None
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tools_type_0 = []
                _tools_type_0 = data
                for tools_type_0_item_data in _tools_type_0:

                    def _parse_tools_type_0_item(
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
                            componentsschemas_responses_tool_type_1 = (
                                CustomTool.from_dict(data)
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
                        componentsschemas_responses_tool_type_3 = (
                            WebSearchTool.from_dict(data)
                        )

                        return componentsschemas_responses_tool_type_3

                    tools_type_0_item = _parse_tools_type_0_item(tools_type_0_item_data)

                    tools_type_0.append(tools_type_0_item)

                return tools_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[CustomTool | FunctionTool | NamespaceTool | WebSearchTool]
                | None
                | Unset,
                data,
            )

        tools = _parse_tools(d.pop("tools", UNSET))

        def _parse_tool_choice(data: object) -> None | ResponsesToolChoice | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                tool_choice_type_0 = ResponsesToolChoice(data)

                return tool_choice_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ResponsesToolChoice | Unset, data)

        tool_choice = _parse_tool_choice(d.pop("tool_choice", UNSET))

        def _parse_max_output_tokens(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_output_tokens = _parse_max_output_tokens(d.pop("max_output_tokens", UNSET))

        def _parse_temperature(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        temperature = _parse_temperature(d.pop("temperature", UNSET))

        def _parse_top_p(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        top_p = _parse_top_p(d.pop("top_p", UNSET))

        def _parse_metadata(
            data: object,
        ) -> None | ResponsesResponseMetadataType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = ResponsesResponseMetadataType0.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ResponsesResponseMetadataType0 | Unset, data)

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        parallel_tool_calls = d.pop("parallel_tool_calls", UNSET)

        def _parse_service_tier(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        service_tier = _parse_service_tier(d.pop("service_tier", UNSET))

        store = d.pop("store", UNSET)

        def _parse_background(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        background = _parse_background(d.pop("background", UNSET))

        def _parse_previous_response_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        previous_response_id = _parse_previous_response_id(
            d.pop("previous_response_id", UNSET)
        )

        def _parse_conversation(
            data: object,
        ) -> None | ResponsesResponseConversationType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                conversation_type_0 = ResponsesResponseConversationType0.from_dict(data)

                return conversation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ResponsesResponseConversationType0 | Unset, data)

        conversation = _parse_conversation(d.pop("conversation", UNSET))

        _prompt_cache_options = d.pop("prompt_cache_options", UNSET)
        prompt_cache_options: ResponsesResponsePromptCacheOptions | Unset
        if isinstance(_prompt_cache_options, Unset):
            prompt_cache_options = UNSET
        else:
            prompt_cache_options = ResponsesResponsePromptCacheOptions.from_dict(
                _prompt_cache_options
            )

        responses_response = cls(
            id=id,
            object_=object_,
            created_at=created_at,
            completed_at=completed_at,
            status=status,
            model=model,
            output=output,
            usage=usage,
            incomplete_details=incomplete_details,
            error=error,
            instructions=instructions,
            reasoning=reasoning,
            text=text,
            tools=tools,
            tool_choice=tool_choice,
            max_output_tokens=max_output_tokens,
            temperature=temperature,
            top_p=top_p,
            metadata=metadata,
            parallel_tool_calls=parallel_tool_calls,
            service_tier=service_tier,
            store=store,
            background=background,
            previous_response_id=previous_response_id,
            conversation=conversation,
            prompt_cache_options=prompt_cache_options,
        )

        responses_response.additional_properties = d
        return responses_response

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
