@orders
Feature: Sync new orders to Odoo (Quick Reference 1)
  Odoo lists the pending orders not yet synced, processes each, stores its sales order number
  on the order (section 2.3) and reduces stock for each item (section 3.5), so that the order
  is not offered again. Odoo finds new orders by their creation time and pages through all of
  them, rather than assuming its order is on the first page.

  @needs-order @flow:sync-new-orders @op:listOrders @op:updateOrder @op:reduceStock @doc:qr1
  Scenario: A new order is offered to Odoo once, marked with its sales order, and its stock reduced
    Given a fresh pending order of 2 units of a new product and 1 unit of another
    When Odoo pages through the pending orders not yet synced, created since the order was placed
    Then the order is listed
    And the order as listed shows the SKUs and quantities ordered
    When Odoo marks the order as synced with Odoo order "SO/2026/001236"
    Then the response status is 200
    When Odoo reduces the stock of each of the order's items by its quantity, with reason "order_fulfilled"
    Then every reduction answers the item's previous stock, the quantity reduced and its new stock
    And the stock of every item reduced is lower by the quantity ordered
    When Odoo pages through the pending orders not yet synced, created since the order was placed
    Then the order is not listed
    And the order's metadata holds "odoo_order_id" = "SO/2026/001236"
