@orders
Feature: Odoo lists the shop's orders
  Odoo pages through GET /admin/orders (section 2.1). A page is {orders, count, offset, limit},
  where count is the number of matching orders before paging, and orders come oldest first,
  ties broken by id, so that paging never skips an old order (D4). Odoo narrows the list by
  status, by an inclusive created_at window (D2) and by whether an order was synced (D5); a
  known parameter with a bad value is refused (D4, D5).

  Scenarios marked @needs-order place an order of their own (through the sandbox controls, or
  take one of the operator's --order-id orders) and look for it by its own creation time, so
  other orders on the target never matter.
  Decisions: docs/decisions.md#d2, #d4, #d5

  @readonly @op:listOrders @doc:2.1
  Scenario: A page holds up to "limit" orders and the count of all orders
    When Odoo reads a page of 2 orders at offset 0
    And Odoo reads a page of 2 orders at offset 1
    Then every page read echoes its limit and offset
    And every page read reports the same count
    And every page read holds as many orders as its limit allows before the count runs out
    And the page at offset 1 starts with order number 2 of the page at offset 0

  @readonly @op:listOrders @doc:2.1
  Scenario: A page past the last order is empty and still reports the count
    When Odoo reads a page of 1 order at offset 0
    And Odoo reads a page of 10 orders just past the last order
    Then every page read reports the same count
    And the last page read holds 0 orders

  @readonly @op:listOrders @decision:D4
  Scenario: Orders come oldest first, so that paging never skips an old order
    When Odoo reads a page of 20 orders at offset 0
    And Odoo reads a page of 20 orders at offset 20
    Then the orders of every page read are oldest first, ties broken by id
    And the page at offset 20 continues where the page at offset 0 ends

  @readonly @op:listOrders @doc:2.1
  Scenario Outline: Orders filtered by status "<status>" all have that status
    When Odoo lists the orders with status "<status>"
    Then every order listed has status "<status>"

    Examples:
      | status    |
      | pending   |
      | completed |
      | canceled  |

  @needs-order @op:listOrders @op:cancelOrder @doc:2.1
  Scenario: A canceled order moves from the pending orders to the canceled ones
    Given a fresh pending order of 2 units of a new product
    Then Odoo finds the order among the "pending" orders created at its time
    When Odoo cancels the order
    Then Odoo finds the order among the "canceled" orders created at its time
    And Odoo does not find the order among the "pending" orders created at its time

  @readonly @op:listOrders @decision:D2
  Scenario: A created_at window holds exactly the orders created inside it, both bounds included
    When Odoo reads a page of 10 orders at offset 0
    And Odoo lists the orders created from the time of order number 3 to the time of order number 7 of that page
    Then every order listed was created inside that window
    And orders number 3 to 7 of that page are all listed

  @needs-order @op:listOrders @decision:D2
  Scenario: A new order is found by a window around its creation time and not by one next to it
    Given a fresh pending order of 2 units of a new product
    Then Odoo finds the order among the orders created at its time
    And Odoo finds the order among the orders created from its time onwards
    And Odoo does not find the order among the orders created up to 1 millisecond before it
    And Odoo does not find the order among the orders created from 1 millisecond after it
    And the order as listed shows the SKUs and quantities ordered
    And the order as listed has line subtotals of unit price times quantity and totals that add up

  @readonly @op:listOrders @doc:qr1
  Scenario Outline: Orders filtered by metadata[odoo_synced]=<synced> all match it
    When Odoo lists the orders whose odoo_synced is "<synced>"
    Then every order listed has odoo_synced <synced>, where absent or null counts as false

    Examples:
      | synced |
      | false  |
      | true   |

  @needs-order @op:listOrders @op:updateOrder @doc:qr1
  Scenario: An order marked as synced leaves the unsynced orders and joins the synced ones
    Given a fresh pending order of 2 units of a new product
    Then Odoo finds the order among the orders whose odoo_synced is "false" created at its time
    And Odoo does not find the order among the orders whose odoo_synced is "true" created at its time
    When Odoo marks the order as synced with Odoo order "SO/2026/001234"
    Then Odoo finds the order among the orders whose odoo_synced is "true" created at its time
    And Odoo does not find the order among the orders whose odoo_synced is "false" created at its time

  @readonly @op:listOrders
  Scenario Outline: A bad <parameter> is refused, naming the parameter
    When Odoo lists orders with "<parameter>" set to "<value>"
    Then the answer is a 400 error of type "invalid_data" naming "<parameter>"

    @decision:D4
    Examples:
      | parameter | value |
      | limit     | 0     |
      | limit     | 1001  |
      | limit     | abc   |
      | offset    | -1    |

    @decision:D5
    Examples:
      | parameter             | value   |
      | status                | shipped |
      | metadata[odoo_synced] | maybe   |

    @decision:D2
    Examples:
      | parameter       | value                |
      | created_at[gte] | yesterday            |
      | created_at[lte] | 2026-13-01T00:00:00Z |
