from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_request_base_tool_choice_type_0 import ChatRequestBaseToolChoiceType0
from ..models.kimi_k27_code_chat_request_model import KimiK27CodeChatRequestModel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_request_base_prediction import ChatRequestBasePrediction
    from ..models.chat_request_base_prompt_cache_options import (
        ChatRequestBasePromptCacheOptions,
    )
    from ..models.chat_request_base_response_format import ChatRequestBaseResponseFormat
    from ..models.chat_request_base_stream_options import ChatRequestBaseStreamOptions
    from ..models.chat_request_base_tool_choice_type_1 import (
        ChatRequestBaseToolChoiceType1,
    )
    from ..models.kimi_k27_code_chat_request_thinking import (
        KimiK27CodeChatRequestThinking,
    )
    from ..models.message import Message
    from ..models.tool_definition import ToolDefinition


T = TypeVar("T", bound="KimiK27CodeChatRequest")


@_attrs_define
class KimiK27CodeChatRequest:
    """
    Attributes:
        messages (list[Message]): A list of messages in the conversation so far. Each element has the format {"role":
            "user", "content": "Hello"}. role supports system, user, assistant, or tool. content must not be empty. The
            content field can be a string or an array[object] (for multimodal input).
        model (KimiK27CodeChatRequestModel): Model ID. Either `kimi-k2.7-code` or its high-speed variant
            `kimi-k2.7-code-highspeed`; the two are the same model with identical parameters, while the high-speed variant
            outputs at approximately 180 Tokens/s (up to 260 Tokens/s in short-context scenarios).
        logprobs (bool | Unset): Whether to return log probabilities of the output tokens. If true, the log probability
            of each output token is returned in the logprobs field of the response message.
        top_logprobs (int | Unset): An integer between 0 and 20 specifying the number of most likely tokens to return at
            each token position, each with an associated log probability. logprobs must be set to true when this parameter
            is used.
        prediction (ChatRequestBasePrediction | Unset): Configuration for a Predicted Output, which can greatly improve
            response times when large parts of the model response are known ahead of time (for example, regenerating a file
            with only minor changes).
        max_tokens (int | Unset): Deprecated, please refer to max_completion_tokens
        max_completion_tokens (int | Unset): The maximum number of tokens to generate for the chat completion. The
            default varies by model: for Kimi K3 it defaults to 131072 and can be set up to 1048576. If the result reaches
            the maximum number of tokens without ending, the finish reason will be "length"; otherwise, it will be "stop".
            This refers to the length of tokens you expect us to return, not the total length of input plus output. If input
            plus max_completion_tokens exceeds the model context window, the API returns invalid_request_error.
        response_format (ChatRequestBaseResponseFormat | Unset): Controls the model output format. Default is {"type":
            "text"} for plain text output. Set to {"type": "json_object"} to enable JSON mode, ensuring output is a valid
            JSON object (you must guide the model to output JSON in the prompt). Set to {"type": "json_schema"} to enable
            Structured Output, constraining output to match a specified JSON Schema (recommended, requires the json_schema
            field). If you encounter schema validation issues, please submit feedback at walle GitHub Issues
            (https://github.com/MoonshotAI/walle/issues).
        stop (list[str] | str | Unset): Stop words, which will halt the output when a full match is found. The matched
            words themselves will not be output. A maximum of 5 strings is allowed, and each string must not exceed 32 bytes
        stream (bool | Unset): Whether to return the response in a streaming fashion. Default is false.
        stream_options (ChatRequestBaseStreamOptions | Unset): Options for streaming responses
        tools (list[ToolDefinition] | Unset): A list of tools the model may call
        prompt_cache_key (str | Unset): Used to cache responses for similar requests to optimize cache hit rates. For
            Coding Agents, this is typically a session id or task id representing a single session; if the session is exited
            and later resumed, this value should remain the same. For Kimi Code Plan, this field is required to improve
            cache hit rates. For other agents involving multi-turn conversations, it is also recommended to implement this
            field
        prompt_cache_options (ChatRequestBasePromptCacheOptions | Unset): Context cache write options. When omitted,
            cache write is enabled by default (5m tier): the system automatically writes the request prefix to the 5m cache
            tier
        safety_identifier (str | Unset): A stable identifier used to help detect users of your application that may be
            violating usage policies. The ID should be a string that uniquely identifies each user. It is recommended to
            hash the username or email address to avoid sending any identifying information
        tool_choice (ChatRequestBaseToolChoiceType0 | ChatRequestBaseToolChoiceType1 | Unset): Controls whether the
            model calls tools. `auto` (default): the model decides whether to call tools; `none`: no tool calls; `required`:
            force a tool call; or pass an object specifying a particular function to force that tool call.
        thinking (KimiK27CodeChatRequestThinking | Unset): Controls thinking for the kimi-k2.7-code model, and whether
            to fully preserve reasoning_content across multi-turn conversations. Optional parameter. Default value is
            {"type": "enabled", "keep": "all"}.

            Differences from kimi-k2.6:
            - `type` only accepts `"enabled"`. Unlike kimi-k2.6, `"disabled"` is NOT supported — passing it returns an
            error. Thinking is always on for this model.
            - `keep` only accepts the valid value `"all"`; omitting it or passing `"all"` is treated as `"all"` on the
            server, while any other invalid value returns an error. Preserved Thinking is therefore always enabled for this
            model.
    """

    messages: list[Message]
    model: KimiK27CodeChatRequestModel
    logprobs: bool | Unset = UNSET
    top_logprobs: int | Unset = UNSET
    prediction: ChatRequestBasePrediction | Unset = UNSET
    max_tokens: int | Unset = UNSET
    max_completion_tokens: int | Unset = UNSET
    response_format: ChatRequestBaseResponseFormat | Unset = UNSET
    stop: list[str] | str | Unset = UNSET
    stream: bool | Unset = UNSET
    stream_options: ChatRequestBaseStreamOptions | Unset = UNSET
    tools: list[ToolDefinition] | Unset = UNSET
    prompt_cache_key: str | Unset = UNSET
    prompt_cache_options: ChatRequestBasePromptCacheOptions | Unset = UNSET
    safety_identifier: str | Unset = UNSET
    tool_choice: (
        ChatRequestBaseToolChoiceType0 | ChatRequestBaseToolChoiceType1 | Unset
    ) = UNSET
    thinking: KimiK27CodeChatRequestThinking | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        messages = []
        for messages_item_data in self.messages:
            messages_item = messages_item_data.to_dict()
            messages.append(messages_item)

        model = self.model.value

        logprobs = self.logprobs

        top_logprobs = self.top_logprobs

        prediction: dict[str, Any] | Unset = UNSET
        if not isinstance(self.prediction, Unset):
            prediction = self.prediction.to_dict()

        max_tokens = self.max_tokens

        max_completion_tokens = self.max_completion_tokens

        response_format: dict[str, Any] | Unset = UNSET
        if not isinstance(self.response_format, Unset):
            response_format = self.response_format.to_dict()

        stop: list[str] | str | Unset
        if isinstance(self.stop, Unset):
            stop = UNSET
        elif isinstance(self.stop, list):
            stop = self.stop

        else:
            stop = self.stop

        stream = self.stream

        stream_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.stream_options, Unset):
            stream_options = self.stream_options.to_dict()

        tools: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tools, Unset):
            tools = []
            for tools_item_data in self.tools:
                tools_item = tools_item_data.to_dict()
                tools.append(tools_item)

        prompt_cache_key = self.prompt_cache_key

        prompt_cache_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.prompt_cache_options, Unset):
            prompt_cache_options = self.prompt_cache_options.to_dict()

        safety_identifier = self.safety_identifier

        tool_choice: dict[str, Any] | str | Unset
        if isinstance(self.tool_choice, Unset):
            tool_choice = UNSET
        elif isinstance(self.tool_choice, ChatRequestBaseToolChoiceType0):
            tool_choice = self.tool_choice.value
        else:
            tool_choice = self.tool_choice.to_dict()

        thinking: dict[str, Any] | Unset = UNSET
        if not isinstance(self.thinking, Unset):
            thinking = self.thinking.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "messages": messages,
                "model": model,
            }
        )
        if logprobs is not UNSET:
            field_dict["logprobs"] = logprobs
        if top_logprobs is not UNSET:
            field_dict["top_logprobs"] = top_logprobs
        if prediction is not UNSET:
            field_dict["prediction"] = prediction
        if max_tokens is not UNSET:
            field_dict["max_tokens"] = max_tokens
        if max_completion_tokens is not UNSET:
            field_dict["max_completion_tokens"] = max_completion_tokens
        if response_format is not UNSET:
            field_dict["response_format"] = response_format
        if stop is not UNSET:
            field_dict["stop"] = stop
        if stream is not UNSET:
            field_dict["stream"] = stream
        if stream_options is not UNSET:
            field_dict["stream_options"] = stream_options
        if tools is not UNSET:
            field_dict["tools"] = tools
        if prompt_cache_key is not UNSET:
            field_dict["prompt_cache_key"] = prompt_cache_key
        if prompt_cache_options is not UNSET:
            field_dict["prompt_cache_options"] = prompt_cache_options
        if safety_identifier is not UNSET:
            field_dict["safety_identifier"] = safety_identifier
        if tool_choice is not UNSET:
            field_dict["tool_choice"] = tool_choice
        if thinking is not UNSET:
            field_dict["thinking"] = thinking

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.chat_request_base_prediction import ChatRequestBasePrediction
        from ..models.chat_request_base_prompt_cache_options import (
            ChatRequestBasePromptCacheOptions,
        )
        from ..models.chat_request_base_response_format import (
            ChatRequestBaseResponseFormat,
        )
        from ..models.chat_request_base_stream_options import (
            ChatRequestBaseStreamOptions,
        )
        from ..models.chat_request_base_tool_choice_type_1 import (
            ChatRequestBaseToolChoiceType1,
        )
        from ..models.kimi_k27_code_chat_request_thinking import (
            KimiK27CodeChatRequestThinking,
        )
        from ..models.message import Message
        from ..models.tool_definition import ToolDefinition

        d = dict(src_dict)
        messages = []
        _messages = d.pop("messages")
        for messages_item_data in _messages:
            messages_item = Message.from_dict(messages_item_data)

            messages.append(messages_item)

        model = KimiK27CodeChatRequestModel(d.pop("model"))

        logprobs = d.pop("logprobs", UNSET)

        top_logprobs = d.pop("top_logprobs", UNSET)

        _prediction = d.pop("prediction", UNSET)
        prediction: ChatRequestBasePrediction | Unset
        if isinstance(_prediction, Unset):
            prediction = UNSET
        else:
            prediction = ChatRequestBasePrediction.from_dict(_prediction)

        max_tokens = d.pop("max_tokens", UNSET)

        max_completion_tokens = d.pop("max_completion_tokens", UNSET)

        _response_format = d.pop("response_format", UNSET)
        response_format: ChatRequestBaseResponseFormat | Unset
        if isinstance(_response_format, Unset):
            response_format = UNSET
        else:
            response_format = ChatRequestBaseResponseFormat.from_dict(_response_format)

        def _parse_stop(data: object) -> list[str] | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                stop_type_1 = cast(list[str], data)

                return stop_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | str | Unset, data)

        stop = _parse_stop(d.pop("stop", UNSET))

        stream = d.pop("stream", UNSET)

        _stream_options = d.pop("stream_options", UNSET)
        stream_options: ChatRequestBaseStreamOptions | Unset
        if isinstance(_stream_options, Unset):
            stream_options = UNSET
        else:
            stream_options = ChatRequestBaseStreamOptions.from_dict(_stream_options)

        _tools = d.pop("tools", UNSET)
        tools: list[ToolDefinition] | Unset = UNSET
        if _tools is not UNSET:
            tools = []
            for tools_item_data in _tools:
                tools_item = ToolDefinition.from_dict(tools_item_data)

                tools.append(tools_item)

        prompt_cache_key = d.pop("prompt_cache_key", UNSET)

        _prompt_cache_options = d.pop("prompt_cache_options", UNSET)
        prompt_cache_options: ChatRequestBasePromptCacheOptions | Unset
        if isinstance(_prompt_cache_options, Unset):
            prompt_cache_options = UNSET
        else:
            prompt_cache_options = ChatRequestBasePromptCacheOptions.from_dict(
                _prompt_cache_options
            )

        safety_identifier = d.pop("safety_identifier", UNSET)

        def _parse_tool_choice(
            data: object,
        ) -> ChatRequestBaseToolChoiceType0 | ChatRequestBaseToolChoiceType1 | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                tool_choice_type_0 = ChatRequestBaseToolChoiceType0(data)

                return tool_choice_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            tool_choice_type_1 = ChatRequestBaseToolChoiceType1.from_dict(data)

            return tool_choice_type_1

        tool_choice = _parse_tool_choice(d.pop("tool_choice", UNSET))

        _thinking = d.pop("thinking", UNSET)
        thinking: KimiK27CodeChatRequestThinking | Unset
        if isinstance(_thinking, Unset):
            thinking = UNSET
        else:
            thinking = KimiK27CodeChatRequestThinking.from_dict(_thinking)

        kimi_k27_code_chat_request = cls(
            messages=messages,
            model=model,
            logprobs=logprobs,
            top_logprobs=top_logprobs,
            prediction=prediction,
            max_tokens=max_tokens,
            max_completion_tokens=max_completion_tokens,
            response_format=response_format,
            stop=stop,
            stream=stream,
            stream_options=stream_options,
            tools=tools,
            prompt_cache_key=prompt_cache_key,
            prompt_cache_options=prompt_cache_options,
            safety_identifier=safety_identifier,
            tool_choice=tool_choice,
            thinking=thinking,
        )

        kimi_k27_code_chat_request.additional_properties = d
        return kimi_k27_code_chat_request

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
