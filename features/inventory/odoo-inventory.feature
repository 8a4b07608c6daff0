@inventory
Feature: Odoo's own inventory endpoint
  The dedicated endpoint gives Odoo one row per inventory item (section 8.5): `sku` matches
  part of the SKU whatever the case (D5), `low_stock=true` keeps the items with fewer than 10
  available (D5), `include_products=true` adds the variant and product of each item, and a page
  holds 100 rows unless Odoo asks otherwise. Odoo syncs its stock back in one batch (section
  8.6): known SKUs get the quantity Odoo holds, new SKUs are created with a previous quantity of
  0 (D13), each item stands alone as in a stock batch (D12). Each scenario creates its own SKUs,
  all carrying one marker made of the run id, and lists only those.
  Decisions: docs/decisions.md#d4, #d5, #d11, #d12, #d13

  @op:listOdooInventory @flow:odoo-inventory @decision:D5
  Scenario: Odoo finds SKUs by a part of the SKU, whatever the case
    Given a new SKU "plotter" stocked with 12 units
    And a new SKU "sleeve" stocked with 3 units
    When Odoo lists its inventory whose SKU contains a part of this scenario's marker, in lower case
    Then the response status is 200
    And the inventory rows are "plotter" and "sleeve"
    And the inventory row of "plotter" has 12 units stocked, and available = stocked - reserved
    And the inventory row of "sleeve" has 3 units stocked, and available = stocked - reserved

  @readonly @op:listOdooInventory @decision:D11
  Scenario: Every row on the first page shows available = stocked - reserved
    When Odoo lists the first page of its inventory
    Then the response status is 200
    And every inventory row shows available = stocked - reserved

  @op:listOdooInventory @flow:odoo-inventory @doc:8.5
  Scenario: Low stock means fewer than 10 available
    Given a new SKU "nine" stocked with 9 units
    And a new SKU "ten" stocked with 10 units
    And a new SKU "plenty" stocked with 50 units
    When Odoo lists its inventory of this scenario's SKUs with low_stock "true"
    Then the response status is 200
    And the inventory rows are "nine"
    And every inventory row has fewer than 10 available

  @op:listOdooInventory @doc:8.5
  Scenario: low_stock "false" lists every item
    Given a new SKU "nine" stocked with 9 units
    And a new SKU "plenty" stocked with 50 units
    When Odoo lists its inventory of this scenario's SKUs with low_stock "false"
    Then the response status is 200
    And the inventory rows are "nine" and "plenty"

  @op:listOdooInventory @flow:odoo-inventory @doc:8.5
  Scenario: With include_products, each row names the variant and product of its SKU
    Given a new SKU "plotter" titled "Liberty Guard Plotter" stocked with 12 units
    When Odoo lists its inventory of this scenario's SKUs with include_products "true"
    Then the response status is 200
    And the inventory row of "plotter" names the variant and product the shop created for it

  @op:listOdooInventory @doc:8.5
  Scenario: Without a limit, a page holds 100 rows
    Given 101 new SKUs synced from Odoo with 1 unit each
    When Odoo lists its inventory of this scenario's SKUs
    Then the response status is 200
    And 100 inventory rows are listed
    When Odoo lists its inventory of this scenario's SKUs from offset 100
    Then 1 inventory row is listed

  @should @op:listOdooInventory @decision:D4
  Scenario: The pagination counts every match and says whether more follow
    Given a new SKU "first" stocked with 5 units
    And a new SKU "second" stocked with 6 units
    And a new SKU "third" stocked with 7 units
    When Odoo lists its inventory of this scenario's SKUs, 2 per page from offset 0
    Then the pagination shows a total of 3, limit 2, offset 0, and more to follow
    When Odoo lists its inventory of this scenario's SKUs, 2 per page from offset 2
    Then the pagination shows a total of 3, limit 2, offset 2, and nothing more to follow

  @readonly @op:listOdooInventory
  Scenario Outline: The value "<value>" for <parameter> is refused as invalid data naming the parameter
    When Odoo lists its inventory with <parameter> "<value>"
    Then the answer is a 400 error of type "invalid_data" naming "<parameter>"

    @decision:D5
    Examples:
      | parameter        | value |
      | low_stock        | maybe |
      | include_products | yes   |

    @decision:D4
    Examples:
      | parameter | value |
      | limit     | 0     |
      | offset    | -1    |

  @op:syncOdooInventory @op:listOdooInventory @flow:odoo-inventory @doc:8.6
  Scenario: Odoo's sync sets the stock of known SKUs and creates new ones
    Given a new SKU "plotter" stocked with 2 units
    And a new SKU "sleeve" stocked with 605 units
    And "new item" is a SKU the shop does not have
    When Odoo syncs its inventory:
      | sku      | quantity | title                 |
      | plotter  | 10       | Liberty Guard Plotter |
      | sleeve   | 1000     | Finger Gaming Sleeve  |
      | new item | 50       | New Product from Odoo |
    Then the response status is 200
    And the sync succeeded, with 3 items, 3 synced and 0 failed
    And the sync results are:
      | sku      | status | previous_quantity | new_quantity |
      | plotter  | synced | 2                 | 10           |
      | sleeve   | synced | 605               | 1000         |
      | new item | synced | 0                 | 50           |
    And the shop now holds 10 units of "plotter"
    And the shop now holds 1000 units of "sleeve"
    And the shop now holds 50 units of "new item"
    And the inventory item of "new item" is titled "New Product from Odoo"
    And Odoo's inventory lists "new item" with 50 units stocked

  @op:syncOdooInventory @decision:D13
  Scenario: A negative quantity is invalid, and the other items are still synced
    Given a new SKU "plotter" stocked with 2 units
    And a new SKU "sleeve" stocked with 8 units
    When Odoo syncs its inventory:
      | sku     | quantity |
      | plotter | -1       |
      | sleeve  | 20       |
    Then the response status is 200
    And the sync did not succeed, with 2 items, 1 synced and 1 failed
    And the sync results are:
      | sku     | status  | previous_quantity | new_quantity |
      | plotter | invalid |                   |              |
      | sleeve  | synced  | 8                 | 20           |
    And the shop still holds 2 units of "plotter"
    And the shop now holds 20 units of "sleeve"

  @op:syncOdooInventory @decision:D13
  Scenario: A sync without items is refused as invalid data
    When Odoo syncs an empty list of items
    Then the answer is a 400 error of type "invalid_data" naming "items"
