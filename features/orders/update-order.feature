@orders
Feature: Odoo stores its references on an order
  After processing an order, Odoo posts its references to POST /admin/orders/{order_id}
  (section 2.3). The order's metadata is merged: keys Odoo does not send are kept (D7), and
  the answer is the order (D8). A body field the route does not know is refused, naming the
  field (D19).
  Decisions: docs/decisions.md#d7, #d8, #d19

  @needs-order @op:updateOrder @doc:2.3
  Scenario: Odoo marks an order as synced with its sales order number
    Given a fresh pending order of 2 units of a new product
    When Odoo marks the order as synced with Odoo order "SO/2026/001234"
    Then the response status is 200
    And the answer is the updated order
    And the order's metadata marks it as synced
    And the order's metadata holds "odoo_order_id" = "SO/2026/001234"
    And the order's metadata holds the odoo_sync_date Odoo sent
    And the order's status is "pending"

  @needs-order @op:updateOrder @decision:D7
  Scenario: Metadata keys Odoo does not send are kept
    Given a fresh pending order of 2 units of a new product
    And the order's metadata has been given "warehouse_note" = "fragile, keep upright"
    When Odoo marks the order as synced with Odoo order "SO/2026/001235"
    Then the response status is 200
    And the order's metadata holds "warehouse_note" = "fragile, keep upright"
    And the order's metadata holds "odoo_order_id" = "SO/2026/001235"
    And the order's metadata marks it as synced

  @should @needs-order @op:updateOrder @decision:D7
  Scenario: A metadata key sent as null is removed
    Given a fresh pending order of 2 units of a new product
    And the order's metadata has been given "odoo_invoice_id" = "INV/2026/001234"
    When Odoo sends the order's metadata key "odoo_invoice_id" as null
    Then the response status is 200
    And the order's metadata no longer holds "odoo_invoice_id"

  # The body holds nothing but the unknown field, so even a target that wrongly accepted it
  # would have nothing to store; it is still a write, so the scenario is not @readonly. The
  # order is one the target already has (the oldest), because on an id that does not exist a
  # target may answer 404 before it looks at the body, which proves nothing about unknown fields.
  @op:updateOrder @decision:D19
  Scenario: An unknown body field is refused, naming the field, and the order is unchanged
    Given an order that exists on the target
    When Odoo updates that order with nothing but the unknown field "odoo_reference"
    Then the answer is a 400 error of type "invalid_data" naming "odoo_reference"
    And that order's status and metadata are unchanged

  @op:updateOrder @doc:7
  Scenario: Updating an order that does not exist is not found
    When Odoo marks an order that does not exist as synced
    Then the response status is 404
    And the answer is an error of type "not_found"
