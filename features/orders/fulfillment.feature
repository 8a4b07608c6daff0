@orders
Feature: Odoo ships an order's items
  POST /admin/orders/{order_id}/fulfillments ships line items by item_id and quantity and keeps
  the tracking metadata (section 2.4). The answer is the order with its fulfillments, whose
  fulfillment_status becomes partially_fulfilled or fulfilled; a quantity above what is still
  unfulfilled or an unknown item is refused, and a canceled order cannot be shipped. Shipping
  does not change stock: Odoo reduces it with reduce-stock (D9).
  Decisions: docs/decisions.md#d9

  @needs-order @op:createFulfillment @doc:2.4
  Scenario: Shipping every item fulfills the order and keeps the tracking information
    Given a fresh pending order of 2 units of a new product
    When Odoo ships all of the order's items with tracking number "KW123456789" by "DHL"
    Then the response status is 200
    And the answered order has a fulfillment with tracking number "KW123456789" by "DHL"
    And that fulfillment ships all of the order's items
    And the order's fulfillment status is "fulfilled"
    And the stock of the order's items is unchanged

  @needs-order @op:createFulfillment @decision:D9
  Scenario: Shipping part of an order fulfills it partially, and the rest completes it
    Given a fresh pending order of 2 units of a new product
    When Odoo ships 1 unit of the order's first item with tracking number "KW100000001" by "Aramex"
    Then the response status is 200
    And the answered order has 1 fulfillment
    And the order's fulfillment status is "partially_fulfilled"
    When Odoo ships the rest of the order's items with tracking number "KW100000002" by "DHL"
    Then the response status is 200
    And the answered order has 2 fulfillments
    And the answered order has a fulfillment with tracking number "KW100000001" by "Aramex"
    And the answered order has a fulfillment with tracking number "KW100000002" by "DHL"
    And the order's fulfillment status is "fulfilled"

  @needs-order @op:createFulfillment @decision:D9
  Scenario: Shipping more units than were ordered is refused and ships nothing
    Given a fresh pending order of 2 units of a new product
    When Odoo ships one unit more of the order's first item than was ordered
    Then the answer is a 400 error of type "invalid_data" naming "quantity"
    And the order's fulfillment status is "not_fulfilled"

  @needs-order @op:createFulfillment @decision:D9
  Scenario: Shipping more units than are still unshipped is refused and ships nothing more
    Given a fresh pending order of 2 units of a new product
    And 1 unit of the order's first item has been shipped
    When Odoo ships the full quantity ordered of the order's first item
    Then the answer is a 400 error of type "invalid_data" naming "quantity"
    And the order's fulfillment status is "partially_fulfilled"

  @needs-order @op:createFulfillment @decision:D9
  Scenario: Shipping an item the order does not have is refused
    Given a fresh pending order of 2 units of a new product
    When Odoo ships an item the order does not have
    Then the answer is a 400 error of type "invalid_data" naming "item_id"
    And the order's fulfillment status is "not_fulfilled"

  @needs-order @op:createFulfillment @decision:D9
  Scenario: A canceled order cannot be shipped
    Given a fresh pending order of 2 units of a new product
    And the order is canceled
    When Odoo ships all of the order's items with tracking number "KW100000005" by "DHL"
    Then the response status is 409
    And the answer is an error of type "conflict"
    And the order's fulfillment status is "not_fulfilled"

  @op:createFulfillment @doc:7
  Scenario: Shipping items of an order that does not exist is not found
    When Odoo ships an item of an order that does not exist
    Then the response status is 404
    And the answer is an error of type "not_found"
