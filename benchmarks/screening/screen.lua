-- wrk load for POST /api/v1/screen: one person per request, a given name and a family name drawn
-- from orewatch's synthetic-name lists (so nearly every query is new and the server's answer
-- cache does not help), and one request in twenty a listed person's name as written in the list.
-- Usage: wrk -t2 -c32 -d60s --latency -s screen.lua URL -- given.txt family.txt listed.txt
local given, family, listed = {}, {}, {}

local function load(path, into)
  for line in io.lines(path) do
    if #line > 0 then into[#into + 1] = line end
  end
end

function init(args)
  load(args[1], given)
  load(args[2], family)
  load(args[3], listed)
  math.randomseed(os.time() + math.floor(os.clock() * 1000000))
end

local function json(text)
  local escaped = text:gsub('\\', '\\\\')
  escaped = escaped:gsub('"', '\\"')
  return escaped
end

function request()
  local name
  if #listed > 0 and math.random(20) == 1 then
    name = listed[math.random(#listed)]
  else
    name = given[math.random(#given)] .. " " .. family[math.random(#family)]
  end
  return wrk.format("POST", "/api/v1/screen", {["Content-Type"] = "application/json"},
    '{"name": "' .. json(name) .. '", "type": "person", "limit": 3}')
end
