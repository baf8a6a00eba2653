"""The Tasking tab: a new acquisition over the AOI (feasibility, attempts on the map, price, quotation,
order)."""
