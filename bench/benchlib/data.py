"""State documents of N orders: the default data's customers and catalogue, its orders repeated."""
import copy
import json
import os
from datetime import datetime, timedelta, timezone

FMT = "%Y-%m-%dT%H:%M:%S.%f"


def _shift(stamp, hours):
    at = datetime.strptime(stamp.rstrip("Z"), FMT).replace(tzinfo=timezone.utc) - timedelta(hours=hours)
    return at.strftime(FMT)[:-3] + "Z"


def with_orders(base, count):
    """A copy of the state document `base` with `count` orders: the base's, then copies placed an hour
    earlier per round, with new ids and display ids, the same mix of statuses, customers and SKUs."""
    doc = {k: v for k, v in base.items() if k != "orders"}
    doc["reductions"] = []
    originals = base["orders"]
    orders = []
    next_display = max(o["display_id"] for o in originals) + 1
    copy_round = 0
    while len(orders) < count:
        for o in originals:
            if len(orders) == count:
                break
            if copy_round == 0:
                orders.append(o)
                continue
            c = copy.deepcopy(o)
            tag = f"B{copy_round:04d}{len(orders):07d}"
            c["id"] = "order_" + tag
            c["display_id"] = next_display
            next_display += 1
            renamed = {}
            for part in ("items", "shipping_methods", "payments", "fulfillments"):
                for n, entry in enumerate(c.get(part) or []):
                    prefix = entry["id"].split("_", 1)[0]
                    renamed[entry["id"]] = f"{prefix}_{tag}X{n}"
                    entry["id"] = renamed[entry["id"]]
            for fulfillment in c.get("fulfillments") or []:
                for line in fulfillment.get("items") or []:
                    line["item_id"] = renamed.get(line["item_id"], line["item_id"])
                if fulfillment.get("created_at"):
                    fulfillment["created_at"] = _shift(fulfillment["created_at"], copy_round)
            for stamp in ("created_at", "updated_at", "canceled_at"):
                if c.get(stamp):
                    c[stamp] = _shift(c[stamp], copy_round)
            orders.append(c)
        copy_round += 1
    doc["orders"] = orders
    return doc


def write_documents(base, sizes, folder):
    """Writes orders-N.json for each size (kept between runs: the default data is deterministic)."""
    os.makedirs(folder, exist_ok=True)
    paths = {}
    for n in sizes:
        path = os.path.join(folder, f"orders-{n}.json")
        if not os.path.exists(path):
            tmp = path + ".tmp"
            with open(tmp, "w") as f:
                json.dump(with_orders(base, n), f, ensure_ascii=False, separators=(",", ":"))
            os.replace(tmp, path)
        paths[n] = path
    return paths
