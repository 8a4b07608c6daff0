@orders @flow:odoo-orders
Feature: Odoo's dedicated order endpoints
  GET /odoo/orders lists orders in the shape Odoo needs, 50 per page unless Odoo asks otherwise,
  with {pagination: {total, limit, offset, has_more}} (section 8.1), where total counts the
  matches before paging and has_more is offset + limit < total (D4). status takes a
  comma-separated list (D5); date_from and date_to are inclusive bounds on created_at (D2).
  GET /odoo/orders/{order_id} adds the billing address, SKU, barcode and weight of each item,
  payments, fulfillments and fulfillment status (section 8.2, D8). PATCH /odoo/orders/{order_id}
  stores Odoo's references in the order's metadata, with odoo_synced true and odoo_sync_date,
  and may complete a pending order (section 8.3, D8).
  Decisions: docs/decisions.md#d2, #d4, #d5, #d8

  @readonly @op:listOdooOrders @decision:D4
  Scenario: Without paging parameters Odoo gets the first 50 orders, oldest first
    When Odoo requests its orders without paging parameters
    Then the last page read has limit 50 and offset 0
    And every page read holds as many orders as its limit allows before the count runs out
    And has_more tells whether orders remain after every page read
    And the orders of every page read are oldest first, ties broken by id

  @readonly @op:listOdooOrders @doc:8.1
  Scenario: A later page reports the total of all orders and whether more remain
    When Odoo requests its orders 2 at a time from offset 1
    Then the last page read has limit 2 and offset 1
    And every page read holds as many orders as its limit allows before the count runs out
    And has_more tells whether orders remain after every page read

  @readonly @op:listOdooOrders @doc:8.1
  Scenario: The last page says that no more orders remain
    When Odoo requests its orders 5 at a time from the last order
    Then the last page read holds 1 order
    And has_more tells whether orders remain after every page read

  @readonly @op:listOdooOrders @doc:8.1
  Scenario: A comma-separated status returns orders of any of those statuses and no other
    When Odoo requests its orders with status "pending,completed"
    Then every Odoo order listed has a status among "pending,completed"

  @needs-order @op:listOdooOrders @doc:8.1
  Scenario: A comma-separated status includes each status named and leaves out the others
    Given 3 fresh pending orders, each of 1 unit of a new product
    And the second fresh order is completed by Odoo
    And the third fresh order is canceled
    When Odoo pages through its "pending,completed" orders since the first fresh order
    Then the first fresh order is listed
    And the second fresh order is listed
    And the third fresh order is not listed
    When Odoo pages through its "canceled" orders since the first fresh order
    Then the third fresh order is listed
    And the first fresh order is not listed
    And the second fresh order is not listed

  @readonly @op:listOdooOrders @decision:D2
  Scenario: A date_from and date_to window holds exactly the orders created inside it, both bounds included
    When Odoo requests its orders 10 at a time from offset 0
    And Odoo requests its orders dated from the time of order number 3 to the time of order number 7 of that page
    Then every order listed was created inside that window
    And orders number 3 to 7 of that page are all listed

  @needs-order @op:listOdooOrders @decision:D2
  Scenario: A new order is found by a date window around its creation time and not by one next to it
    Given a fresh pending order of 2 units of a new product
    Then Odoo finds the order among its orders dated at its time
    And Odoo does not find the order among its orders dated up to 1 millisecond before it
    And Odoo does not find the order among its orders dated from 1 millisecond after it

  @readonly @op:listOdooOrders
  Scenario Outline: A bad <parameter> is refused, naming the parameter
    When Odoo requests its orders with "<parameter>" set to "<value>"
    Then the answer is a 400 error of type "invalid_data" naming "<parameter>"

    @decision:D5
    Examples:
      | parameter | value           |
      | status    | shipped         |
      | status    | pending,shipped |

    @decision:D4
    Examples:
      | parameter | value |
      | limit     | 0     |
      | limit     | 1001  |
      | offset    | -1    |

    @decision:D2
    Examples:
      | parameter | value      |
      | date_from | yesterday  |
      | date_to   | 31/01/2026 |

  @needs-order @op:getOdooOrder @doc:8.2
  Scenario: The Odoo order shows billing address, SKU, barcode and weight, payments and fulfillment status
    Given a fresh pending order of 2 units of a new product and 1 unit of another
    When Odoo reads the order for Odoo
    Then the response status is 200
    And the Odoo order names the order's customer and shows a billing address
    And every item of the Odoo order shows the SKU, quantity and unit price ordered, its barcode and its weight
    And the Odoo order shows its payments
    And the Odoo order's fulfillment status is "not_fulfilled" with 0 fulfillments

  @needs-order @op:getOdooOrder @op:createFulfillment @doc:8.2
  Scenario: The Odoo order shows what was shipped
    Given a fresh pending order of 2 units of a new product
    And 1 unit of the order's first item has been shipped
    When Odoo reads the order for Odoo
    Then the Odoo order's fulfillment status is "partially_fulfilled" with 1 fulfillment

  @readonly @op:getOdooOrder @doc:7
  Scenario: An order that does not exist is not found for Odoo
    When Odoo reads an order that does not exist for Odoo
    Then the response status is 404
    And the answer is an error of type "not_found"

  @needs-order @op:updateOdooOrder @doc:8.3
  Scenario: Odoo completes an order with its sales order, status and invoice (section 8.3)
    Given a fresh pending order of 2 units of a new product
    When Odoo completes the order with sales order "SO/2026/001234", status "invoiced" and invoice "INV/2026/001234"
    Then the response status is 200
    And the answered order has status "completed"
    And the order's status is "completed"
    And the order's metadata holds "odoo_order_id" = "SO/2026/001234"
    And the order's metadata holds "odoo_status" = "invoiced"
    And the order's metadata holds "odoo_invoice_id" = "INV/2026/001234"
    And the order's metadata marks it as synced
    And the order's metadata holds an odoo_sync_date

  @needs-order @op:updateOdooOrder @doc:8.3
  Scenario: The updated Python client's update stores Odoo's references and keeps the order pending
    Given a fresh pending order of 2 units of a new product
    When Odoo records its sales order for every fresh order as the updated Python client does
    Then every answer is 200 with the order still "pending"
    And the order's status is "pending"
    And the metadata of every fresh order holds its sales order number and odoo_status "synced"
    And the order's metadata holds an odoo_sync_date

  @needs-order @op:updateOdooOrder @decision:D8
  Scenario Outline: Completing an order that is <state> is a conflict that changes nothing
    Given a fresh pending order of 2 units of a new product
    And the order is <state>
    When Odoo completes the order
    Then the response status is 409
    And the answer is an error of type "conflict"
    And the order's status is "<status>"

    Examples:
      | state             | status    |
      | canceled          | canceled  |
      | completed by Odoo | completed |

  @needs-order @op:updateOdooOrder @decision:D8
  Scenario: A status other than completed or canceled is refused and changes nothing
    Given a fresh pending order of 2 units of a new product
    When Odoo sets the order's status to "shipped"
    Then the answer is a 400 error of type "invalid_data" naming "status"
    And the order's status is "pending"
    And the order's metadata does not mark it as synced

  @op:updateOdooOrder @doc:7
  Scenario: Updating an order that does not exist for Odoo is not found
    When Odoo records a sales order for an order that does not exist
    Then the response status is 404
    And the answer is an error of type "not_found"
