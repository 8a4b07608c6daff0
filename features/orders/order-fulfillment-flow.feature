@orders
Feature: Update order fulfillment (Quick Reference 4)
  Odoo ships an order with tracking information (section 2.4); the order then shows as
  fulfilled, and Odoo's view of it (section 8.2) shows the shipment with its tracking.

  @needs-order @flow:order-fulfillment @op:createFulfillment @op:getOdooOrder @op:listOrders @doc:qr4
  Scenario: A shipped order shows as fulfilled, and Odoo sees the shipment with its tracking
    Given a fresh pending order of 2 units of a new product and 1 unit of another
    When Odoo ships all of the order's items with tracking number "KW123456789" by "DHL"
    Then the response status is 200
    And the order's fulfillment status is "fulfilled"
    When Odoo reads the order for Odoo
    Then the Odoo order's fulfillment status is "fulfilled" with 1 fulfillment
    And the answered order has a fulfillment with tracking number "KW123456789" by "DHL"
    And that fulfillment ships all of the order's items
