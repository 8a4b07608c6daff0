@orders
Feature: Odoo reads one order's details
  GET /admin/orders/{order_id} answers the order with its customer, its line items with their
  variant and product, its shipping methods and payments, and totals (section 2.2). Amounts are
  integers in minor units (D1), so the totals add up exactly.
  Decisions: docs/decisions.md#d1

  @needs-order @op:getOrder @doc:2.2
  Scenario: An order's details show its customer, items, shipping, payments and totals that add up
    Given a fresh pending order of 2 units of a new product and 1 unit of another
    When Odoo reads the order's details
    Then the response status is 200
    And the details name the order's customer
    And every item of the details shows its variant with the SKU, product, quantity and unit price ordered
    And every item of the details has a subtotal of unit price times quantity
    And the details' subtotal is the sum of the items' subtotals
    And the details' total is subtotal plus shipping_total plus tax_total minus discount_total
    And the details list the order's shipping methods and payments

  @should @needs-order @op:getOrder @doc:2.2
  Scenario: An order's shipping methods add up to its shipping total and its payments to its total
    Given a fresh pending order of 2 units of a new product
    When Odoo reads the order's details
    Then the details' shipping methods add up to the shipping_total
    And the details' captured payments add up to the total

  @readonly @op:getOrder @doc:7
  Scenario: An order that does not exist is not found
    When Odoo reads the details of an order that does not exist
    Then the response status is 404
    And the answer is an error of type "not_found"
