@inventory
Feature: Odoo reduces stock when an order is fulfilled or shipped
  After processing an order, Odoo reduces the shop's stock, one SKU at a time (section 3.5) or
  for several items of the order at once (section 8.8); the answer has the form of the request
  (D14). The order must exist. Stock never goes below zero: a SKU short of stock is not reduced
  (one SKU: 409 conflict, code INSUFFICIENT_STOCK; several: that item is `insufficient_stock`
  while the others are reduced, and `success` is false). Reducing the same order, SKU and
  reason again is not applied twice (recommended: Odoo's job queue retries); another reason
  is another reduction. Each scenario reduces only SKUs it created, all carrying one marker made
  of the run id, for a pending order of its own (placed through the sandbox controls, or given
  with --order-id).
  Decisions: docs/decisions.md#d14

  @needs-order @op:reduceStock @doc:3.5
  Scenario: One SKU is reduced by the quantity shipped
    Given a new SKU "plotter" stocked with 20 units
    And a pending order to reduce stock for
    When Odoo reduces the stock of "plotter" by 3 for that order, because "order_fulfilled"
    Then the response status is 200
    And the stock of "plotter" was reduced by 3, from 20 to 17
    And the shop now holds 17 units of "plotter"

  @needs-order @op:reduceStock @doc:8.8
  Scenario: Several SKUs of one order are reduced in one call
    Given a new SKU "plotter" stocked with 20 units
    And a new SKU "sleeve" stocked with 10 units
    And a pending order to reduce stock for
    When Odoo reduces the stock for that order, because "order_shipped":
      | sku     | quantity |
      | plotter | 1        |
      | sleeve  | 2        |
    Then the response status is 200
    And the reduction succeeded for that order and reason "order_shipped"
    And the reduction counts 2 items: 2 successful, 0 failed, 0 short of stock
    And the reduction results are:
      | sku     | status  | previous_quantity | new_quantity | reduced_by |
      | plotter | reduced | 20                | 19           | 1          |
      | sleeve  | reduced | 10                | 8            | 2          |
    And the shop now holds 19 units of "plotter"
    And the shop now holds 8 units of "sleeve"

  @needs-order @op:reduceStock @decision:D14
  Scenario: One SKU short of stock is a conflict and is not reduced
    Given a new SKU "plotter" stocked with 2 units
    And a pending order to reduce stock for
    When Odoo reduces the stock of "plotter" by 5 for that order, because "order_fulfilled"
    Then the response status is 409
    And the answer is an error of type "conflict"
    And the error code is "INSUFFICIENT_STOCK"
    And the shop still holds 2 units of "plotter"

  @needs-order @op:reduceStock @decision:D14
  Scenario: An item short of stock is not reduced, and the other items of the order still are
    Given a new SKU "plotter" stocked with 2 units
    And a new SKU "sleeve" stocked with 10 units
    And a pending order to reduce stock for
    When Odoo reduces the stock for that order, because "order_shipped":
      | sku     | quantity |
      | plotter | 5        |
      | sleeve  | 4        |
    Then the response status is 200
    And the reduction did not succeed for that order and reason "order_shipped"
    And the reduction counts 2 items: 1 successful and 1 short of stock
    And the reduction results are:
      | sku     | status             | previous_quantity | new_quantity | reduced_by |
      | plotter | insufficient_stock |                   |              |            |
      | sleeve  | reduced            | 10                | 6            | 4          |
    And the shop still holds 2 units of "plotter"
    And the shop now holds 6 units of "sleeve"

  @needs-order @op:reduceStock @decision:D14
  Scenario: Stock can be reduced to zero but never below
    Given a new SKU "plotter" stocked with 4 units
    And a pending order to reduce stock for
    When Odoo reduces the stock of "plotter" by 4 for that order, because "order_fulfilled"
    Then the stock of "plotter" was reduced by 4, from 4 to 0
    When Odoo reduces the stock of "plotter" by 1 for that order, because "order_shipped"
    Then the response status is 409
    And the answer is an error of type "conflict"
    And the error code is "INSUFFICIENT_STOCK"
    And the shop still holds 0 units of "plotter"

  @needs-order @op:reduceStock @decision:D14
  Scenario: An item the shop does not have is not reduced, and the other items still are
    Given a new SKU "plotter" stocked with 20 units
    And "ghost" is a SKU the shop does not have
    And a pending order to reduce stock for
    When Odoo reduces the stock for that order, because "order_shipped":
      | sku     | quantity |
      | ghost   | 1        |
      | plotter | 3        |
    Then the response status is 200
    And the reduction did not succeed for that order and reason "order_shipped"
    And the reduction counts 2 items: 1 successful, 1 failed, 0 short of stock
    And the reduction result of "ghost" is not a reduction
    And the shop now holds 17 units of "plotter"

  @needs-order @op:reduceStock @decision:D14
  Scenario: Another reason for the same order and SKU is another reduction
    Given a new SKU "plotter" stocked with 20 units
    And a pending order to reduce stock for
    When Odoo reduces the stock of "plotter" by 2 for that order, because "order_fulfilled"
    And Odoo reduces the stock of "plotter" by 2 for that order, because "order_shipped"
    Then the response status is 200
    And the stock of "plotter" was reduced by 2, from 18 to 16
    And the shop now holds 16 units of "plotter"

  @should @needs-order @op:reduceStock @decision:D14
  Scenario: A retried reduction of one SKU is not applied twice
    Given a new SKU "plotter" stocked with 20 units
    And a pending order to reduce stock for
    When Odoo reduces the stock of "plotter" by 2 for that order, because "order_fulfilled"
    And Odoo reduces the stock of "plotter" by 2 for that order, because "order_fulfilled"
    Then the response status is 200
    And the stock of "plotter" was already reduced: it stays at 18, reduced by 0
    And the shop now holds 18 units of "plotter"

  @should @needs-order @op:reduceStock @decision:D14
  Scenario: A retried reduction of several items is not applied twice
    Given a new SKU "plotter" stocked with 20 units
    And a new SKU "sleeve" stocked with 10 units
    And a pending order to reduce stock for
    When Odoo reduces the stock for that order, because "order_shipped":
      | sku     | quantity |
      | plotter | 1        |
      | sleeve  | 2        |
    And Odoo reduces the stock for that order, because "order_shipped":
      | sku     | quantity |
      | plotter | 1        |
      | sleeve  | 2        |
    Then the response status is 200
    And the reduction results are:
      | sku     | status          | reduced_by |
      | plotter | already_reduced | 0          |
      | sleeve  | already_reduced | 0          |
    And the shop now holds 19 units of "plotter"
    And the shop now holds 8 units of "sleeve"

  @should @needs-order @op:reduceStock @decision:D14
  Scenario: A SKU named twice in one reduction is reduced once
    Given a new SKU "sleeve" stocked with 20 units
    And a pending order to reduce stock for
    When Odoo reduces the stock for that order, because "order_shipped":
      | sku    | quantity |
      | sleeve | 5        |
      | sleeve | 7        |
    Then the response status is 200
    And the reduction results are:
      | sku    | status          | reduced_by |
      | sleeve | reduced         | 5          |
      | sleeve | already_reduced | 0          |
    And the shop now holds 15 units of "sleeve"

  @needs-order @op:reduceStock @decision:D14
  Scenario: One SKU the shop does not have is not found
    Given "ghost" is a SKU the shop does not have
    And a pending order to reduce stock for
    When Odoo reduces the stock of "ghost" by 1 for that order, because "order_fulfilled"
    Then the response status is 404
    And the answer is an error of type "not_found"

  @op:reduceStock @decision:D14
  Scenario Outline: Stock is not reduced for an order that does not exist (<form>)
    Given a new SKU "plotter" stocked with 20 units
    When Odoo reduces the stock of "plotter" by 3 for an order that does not exist, <form>
    Then the response status is 404
    And the answer is an error of type "not_found"
    And the shop still holds 20 units of "plotter"

    Examples:
      | form                |
      | as one SKU          |
      | as a list of items  |

  @op:reduceStock @doc:7
  Scenario: Reducing stock for an order that does not exist is not found
    When Odoo reduces the stock of a SKU the shop does not have for an order that does not exist
    Then the response status is 404
    And the answer is an error of type "not_found"
