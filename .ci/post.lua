-- wrk script: POST the JSON body named by the BODY environment variable.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local file = assert(io.open(os.getenv("BODY"), "r"))
wrk.body = file:read("*a")
file:close()

-- DELAY_MS (optional): wait this long after each answer before the next request on a connection.
local pause = tonumber(os.getenv("DELAY_MS") or "0")
function delay()
  return pause
end
