-- wrk script: POST /admin/inventory/reduce-stock, cycling through (order, SKU) pairs so each
-- request is a real reduction. BENCH_ORDERS and BENCH_SKUS are files of one id per line.
local function lines(path)
  local out = {}
  for l in io.lines(path) do if #l > 0 then out[#out + 1] = l end end
  return out
end

local orders, skus, n

function init(args)
  orders = lines(os.getenv("BENCH_ORDERS"))
  skus = lines(os.getenv("BENCH_SKUS"))
  n = math.random(0, #orders * #skus)
end

function request()
  n = n + 1
  local order = orders[(n % #orders) + 1]
  local sku = skus[(math.floor(n / #orders) % #skus) + 1]
  local body = '{"sku":"' .. sku .. '","quantity":1,"order_id":"' .. order .. '","reason":"order_fulfilled"}'
  return wrk.format("POST", nil, {["Content-Type"] = "application/json"}, body)
end
