"""The store's server-side scripts (Lua, run atomically by Redis or Valkey).

Times are the server's clock (``TIME``) in microseconds, so processes on machines whose
clocks disagree share one timeline. Keys: ``KEYS[1]`` the sorted set of concurrency
leases (member: lease id, score: when it expires), ``KEYS[2]`` a hash of the pacing state
(``next_request``, ``next_tokens``, ``pause_until``, ``budget_left``, ``budget_until``).
Numbers are written with ``%.0f``: Lua would print a large one in exponent form.
"""

from __future__ import annotations

__all__ = ["BUDGET", "CORRECT", "PAUSE", "RENEW", "TAKE"]

_NOW = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
local function num(x) return string.format('%.0f', x) end
"""

TAKE = (
    _NOW
    + """
-- ARGV: lease id, lease us, concurrency (0: none), request gap us, tokens, token gap us,
-- poll us, state ttl ms. Returns 0 when everything was taken, else the microseconds to wait.
local lease, lease_us, concurrency = ARGV[1], tonumber(ARGV[2]), tonumber(ARGV[3])
local request_gap, tokens, token_gap = tonumber(ARGV[4]), tonumber(ARGV[5]), tonumber(ARGV[6])
local poll, ttl = tonumber(ARGV[7]), tonumber(ARGV[8])
local s = redis.call('HMGET', KEYS[2], 'pause_until', 'budget_left', 'budget_until',
                     'next_request', 'next_tokens')
local wait = 0
local pause_until = tonumber(s[1]) or 0
if pause_until > now then wait = pause_until - now end
local budget_left, budget_until = tonumber(s[2]), tonumber(s[3]) or 0
local budgeted = budget_left ~= nil and budget_until > now
if budgeted and budget_left <= 0 then wait = math.max(wait, budget_until - now) end
local next_request = tonumber(s[4]) or 0
if request_gap > 0 and next_request > now then wait = math.max(wait, next_request - now) end
local next_tokens = tonumber(s[5]) or 0
if token_gap > 0 and next_tokens > now then wait = math.max(wait, next_tokens - now) end
if concurrency > 0 then
  redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
  if redis.call('ZCARD', KEYS[1]) >= concurrency then
    local first = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
    wait = math.max(wait, math.max(math.min(poll, tonumber(first[2]) - now), 1))
  end
end
if wait > 0 then return math.ceil(wait) end
if concurrency > 0 then
  redis.call('ZADD', KEYS[1], num(now + lease_us), lease)
  redis.call('PEXPIRE', KEYS[1], math.ceil(lease_us / 1000) + 1000)
end
if request_gap > 0 then
  redis.call('HSET', KEYS[2], 'next_request', num(math.max(now, next_request) + request_gap))
end
if token_gap > 0 and tokens > 0 then
  redis.call('HSET', KEYS[2], 'next_tokens', num(math.max(now, next_tokens) + tokens * token_gap))
end
if budgeted then redis.call('HINCRBY', KEYS[2], 'budget_left', -1) end
if request_gap > 0 or token_gap > 0 or budgeted then redis.call('PEXPIRE', KEYS[2], ttl) end
return 0
"""
)

RENEW = (
    _NOW
    + """
-- ARGV: lease us, then the lease ids to renew (those that expired are not brought back).
local lease_us = tonumber(ARGV[1])
local renewed = 0
for i = 2, #ARGV do
  renewed = renewed + redis.call('ZADD', KEYS[1], 'XX', 'CH', num(now + lease_us), ARGV[i])
end
if renewed > 0 then redis.call('PEXPIRE', KEYS[1], math.ceil(lease_us / 1000) + 1000) end
return renewed
"""
)

CORRECT = (
    _NOW
    + """
-- ARGV: tokens more (negative: fewer) than charged, token gap us, state ttl ms.
local next_tokens = tonumber(redis.call('HGET', KEYS[2], 'next_tokens') or '0') or 0
local corrected = next_tokens + tonumber(ARGV[1]) * tonumber(ARGV[2])
redis.call('HSET', KEYS[2], 'next_tokens', num(corrected))
redis.call('PEXPIRE', KEYS[2], tonumber(ARGV[3]))
return 1
"""
)

PAUSE = (
    _NOW
    + """
-- ARGV: wait us, state ttl ms. Every process sends nothing until then.
local until_ = now + tonumber(ARGV[1])
local current = tonumber(redis.call('HGET', KEYS[2], 'pause_until') or '0') or 0
if until_ > current then redis.call('HSET', KEYS[2], 'pause_until', num(until_)) end
redis.call('PEXPIRE', KEYS[2], tonumber(ARGV[2]))
return 1
"""
)

BUDGET = (
    _NOW
    + """
-- ARGV: requests remaining, reset us, state ttl ms (the newest answer wins).
redis.call('HSET', KEYS[2], 'budget_left', ARGV[1], 'budget_until',
           num(now + tonumber(ARGV[2])))
redis.call('PEXPIRE', KEYS[2], tonumber(ARGV[3]))
return 1
"""
)
