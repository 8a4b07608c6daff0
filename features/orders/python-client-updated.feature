@orders
Feature: The updated Python client's order sync
  The updated Python client of section 8 lists orders with status "pending,completed" from
  /odoo/orders, records its sales order SO/<year>/<display_id, 6 digits> with odoo_status
  "synced" on each (section 8.3) and, when an order ships, reduces its stock in one request with
  reason "order_shipped" (section 8.8). Here it does that for the scenario's own orders only.

  @needs-order @flow:python-client-updated @op:listOdooOrders @op:updateOdooOrder @op:reduceStock @doc:8.3
  Scenario: The updated Python client syncs orders and reduces stock when they ship
    Given 2 fresh pending orders, each of 2 units of a new product and 1 unit of another
    When Odoo pages through its "pending,completed" orders since the first fresh order
    Then every fresh order is listed as "pending"
    When Odoo records its sales order for every fresh order as the updated Python client does
    Then every answer is 200 with the order still "pending"
    And the metadata of every fresh order holds its sales order number and odoo_status "synced"
    When Odoo reduces the stock of each fresh order's items in one request per order, with reason "order_shipped"
    Then every reduction summary counts each item as successful, none failed and none short of stock
    And every reduction answers the item's previous stock, the quantity reduced and its new stock
    And the stock of every item reduced is lower by the quantity ordered
