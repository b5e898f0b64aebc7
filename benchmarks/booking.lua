-- wrk script for benchmarks/booking-load.sh: every request books a different provider and slot
-- (uncontended) or, with BOOKING_ANY_PROVIDER=true, a slot where a provider is still free, with its
-- own Idempotency-Key. Reads the organization set up by BookingLoad.
local folder = os.getenv("BOOKING_LOAD_DIR")
local threads = {}

local function lines(file)
  local all = {}
  for line in io.lines(folder .. "/" .. file) do all[#all + 1] = line end
  return all
end

local env = {}
for line in io.lines(folder .. "/env") do
  local k, v = line:match("([^=]+)=(.*)")
  env[k] = v
end
local providers = lines("providers.txt")
-- keys differ between runs (the warm-up and the measured run number their requests alike)
local run = tostring(os.time())
-- where this run starts numbering, so that a warm-up and the measured run book different slots
local first = tonumber(os.getenv("BOOKING_FIRST") or "0")
local slots = lines("slots.txt")
local slotsPerDay = tonumber(env.SLOTS_PER_DAY)
local days = math.floor(#slots / slotsPerDay)
-- BOOKING_ANY_PROVIDER=true: requests name no provider, and booking-service picks one of the service's
-- providers free at the slot, as for clients who take anyone
local anyProvider = os.getenv("BOOKING_ANY_PROVIDER") == "true"

function setup(thread)
  thread:set("id", #threads)
  threads[#threads + 1] = thread
end

function init(args)
  counter = 0
  wrk.method = "POST"
  wrk.path = "/v1/organizations/" .. env.ORG .. "/bookings"
  wrk.headers["Content-Type"] = "application/json"
  wrk.headers["Authorization"] = "Bearer " .. env.TOKEN
end

function request()
  -- run with wrk -t2: thread i takes every other number from i, so no two requests share a provider and slot
  local n = first + counter * 2 + id
  counter = counter + 1
  local slot, named
  if anyProvider then
    -- consecutive requests go to different days, and a slot is asked for again (booking-service
    -- picking another of its free providers) only after days * slotsPerDay requests
    local day = n % days
    slot = slots[(math.floor(n / days) % slotsPerDay) + day * slotsPerDay + 1]
    named = ''
  else
    -- consecutive requests go to different providers and, round after round, to different days:
    -- a provider's day (a capacity ledger row) is taken again only after #providers * days requests
    local round = math.floor(n / #providers)
    local day = round % days
    slot = slots[(math.floor(round / days) % slotsPerDay) + day * slotsPerDay + 1]
    named = '"providerId":"' .. providers[(n % #providers) + 1] .. '",'
  end
  local body = '{"serviceId":"' .. env.SERVICE .. '",' .. named .. '"start":"' .. slot
      .. '","client":{"id":"00000000-0000-4000-8000-' .. string.format("%012d", n) .. '","name":"Load Client"}}'
  wrk.headers["Idempotency-Key"] = "wrk-" .. run .. "-" .. n
  return wrk.format(nil, nil, nil, body)
end

local reported = false
function response(status, headers, body)
  if status ~= 201 and not reported then
    reported = true
    io.stderr:write("first refusal: " .. status .. " " .. body .. "\n")
  end
end

function done(summary, latency, requests)
  io.write(string.format("answers: %d; non-2xx/3xx: %d; errors: %d\n", summary.requests,
      summary.errors.status, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
  -- the first number no thread used: where a following run starts so as not to book a slot again
  local counted = 0
  for _, thread in ipairs(threads) do counted = math.max(counted, thread:get("counter") or 0) end
  io.write(string.format("next: %d\n", first + counted * #threads))
end
