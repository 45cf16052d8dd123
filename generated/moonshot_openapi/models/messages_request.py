from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.messages_request_model import MessagesRequestModel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.messages_message_param import MessagesMessageParam
    from ..models.messages_request_cache_control import MessagesRequestCacheControl
    from ..models.messages_request_metadata import MessagesRequestMetadata
    from ..models.messages_request_output_config import MessagesRequestOutputConfig
    from ..models.messages_text_block_param import MessagesTextBlockParam
    from ..models.messages_tool import MessagesTool
    from ..models.messages_tool_choice import MessagesToolChoice


T = TypeVar("T", bound="MessagesRequest")


@_attrs_define
class MessagesRequest:
    """
    Attributes:
        model (MessagesRequestModel): Model ID
        messages (list[MessagesMessageParam]): The conversation messages. If the last message is from the assistant, the
            model continues from that content (Partial Mode).
        max_tokens (int): Maximum number of tokens to generate, required. If the limit is reached before the model
            finishes, `stop_reason` is `max_tokens`.
        system (list[MessagesTextBlockParam] | str | Unset): System prompt, either a string or an array of text blocks
        stream (bool | Unset): Whether to stream the response as Server-Sent Events, default false
        stop_sequences (list[str] | Unset): Stop sequences. Generation stops on an exact match; the matched sequence
            itself is not output. Up to 5 entries, each at most 32 bytes.
        tools (list[MessagesTool] | Unset): List of tools the model may call
        tool_choice (MessagesToolChoice | Unset): Controls whether the model calls tools. `auto` (default): the model
            decides; `any`: force a call to any tool; `none`: do not call tools.
        metadata (MessagesRequestMetadata | Unset):
        cache_control (MessagesRequestCacheControl | Unset): Context cache write options. Only effective when passed at
            the top level; cache_control markers inside the messages array are ignored. When omitted, the request only
            attempts to read the cache (5m tier) and does not write
        output_config (MessagesRequestOutputConfig | Unset): Output configuration: reasoning effort and structured
            output
    """

    model: MessagesRequestModel
    messages: list[MessagesMessageParam]
    max_tokens: int
    system: list[MessagesTextBlockParam] | str | Unset = UNSET
    stream: bool | Unset = UNSET
    stop_sequences: list[str] | Unset = UNSET
    tools: list[MessagesTool] | Unset = UNSET
    tool_choice: MessagesToolChoice | Unset = UNSET
    metadata: MessagesRequestMetadata | Unset = UNSET
    cache_control: MessagesRequestCacheControl | Unset = UNSET
    output_config: MessagesRequestOutputConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model = self.model.value

        messages = []
        for messages_item_data in self.messages:
            messages_item = messages_item_data.to_dict()
            messages.append(messages_item)

        max_tokens = self.max_tokens

        system: list[dict[str, Any]] | str | Unset
        if isinstance(self.system, Unset):
            system = UNSET
        elif isinstance(self.system, list):
            system = []
            for system_type_1_item_data in self.system:
                system_type_1_item = system_type_1_item_data.to_dict()
                system.append(system_type_1_item)

        else:
            system = self.system

        stream = self.stream

        stop_sequences: list[str] | Unset = UNSET
        if not isinstance(self.stop_sequences, Unset):
            stop_sequences = self.stop_sequences

        tools: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tools, Unset):
            tools = []
            for tools_item_data in self.tools:
                tools_item = tools_item_data.to_dict()
                tools.append(tools_item)

        tool_choice: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tool_choice, Unset):
            tool_choice = self.tool_choice.to_dict()

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        cache_control: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cache_control, Unset):
            cache_control = self.cache_control.to_dict()

        output_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.output_config, Unset):
            output_config = self.output_config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model": model,
                "messages": messages,
                "max_tokens": max_tokens,
            }
        )
        if system is not UNSET:
            field_dict["system"] = system
        if stream is not UNSET:
            field_dict["stream"] = stream
        if stop_sequences is not UNSET:
            field_dict["stop_sequences"] = stop_sequences
        if tools is not UNSET:
            field_dict["tools"] = tools
        if tool_choice is not UNSET:
            field_dict["tool_choice"] = tool_choice
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if cache_control is not UNSET:
            field_dict["cache_control"] = cache_control
        if output_config is not UNSET:
            field_dict["output_config"] = output_config

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.messages_message_param import MessagesMessageParam
        from ..models.messages_request_cache_control import MessagesRequestCacheControl
        from ..models.messages_request_metadata import MessagesRequestMetadata
        from ..models.messages_request_output_config import MessagesRequestOutputConfig
        from ..models.messages_text_block_param import MessagesTextBlockParam
        from ..models.messages_tool import MessagesTool
        from ..models.messages_tool_choice import MessagesToolChoice

        d = dict(src_dict)
        model = MessagesRequestModel(d.pop("model"))

        messages = []
        _messages = d.pop("messages")
        for messages_item_data in _messages:
            messages_item = MessagesMessageParam.from_dict(messages_item_data)

            messages.append(messages_item)

        max_tokens = d.pop("max_tokens")

        def _parse_system(data: object) -> list[MessagesTextBlockParam] | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                system_type_1 = []
                _system_type_1 = data
                for system_type_1_item_data in _system_type_1:
                    system_type_1_item = MessagesTextBlockParam.from_dict(
                        system_type_1_item_data
                    )

                    system_type_1.append(system_type_1_item)

                return system_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[MessagesTextBlockParam] | str | Unset, data)

        system = _parse_system(d.pop("system", UNSET))

        stream = d.pop("stream", UNSET)

        stop_sequences = cast(list[str], d.pop("stop_sequences", UNSET))

        _tools = d.pop("tools", UNSET)
        tools: list[MessagesTool] | Unset = UNSET
        if _tools is not UNSET:
            tools = []
            for tools_item_data in _tools:
                tools_item = MessagesTool.from_dict(tools_item_data)

                tools.append(tools_item)

        _tool_choice = d.pop("tool_choice", UNSET)
        tool_choice: MessagesToolChoice | Unset
        if isinstance(_tool_choice, Unset):
            tool_choice = UNSET
        else:
            tool_choice = MessagesToolChoice.from_dict(_tool_choice)

        _metadata = d.pop("metadata", UNSET)
        metadata: MessagesRequestMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = MessagesRequestMetadata.from_dict(_metadata)

        _cache_control = d.pop("cache_control", UNSET)
        cache_control: MessagesRequestCacheControl | Unset
        if isinstance(_cache_control, Unset):
            cache_control = UNSET
        else:
            cache_control = MessagesRequestCacheControl.from_dict(_cache_control)

        _output_config = d.pop("output_config", UNSET)
        output_config: MessagesRequestOutputConfig | Unset
        if isinstance(_output_config, Unset):
            output_config = UNSET
        else:
            output_config = MessagesRequestOutputConfig.from_dict(_output_config)

        messages_request = cls(
            model=model,
            messages=messages,
            max_tokens=max_tokens,
            system=system,
            stream=stream,
            stop_sequences=stop_sequences,
            tools=tools,
            tool_choice=tool_choice,
            metadata=metadata,
            cache_control=cache_control,
            output_config=output_config,
        )

        messages_request.additional_properties = d
        return messages_request

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
