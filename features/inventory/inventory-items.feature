@inventory
Feature: Odoo reads inventory items and their stock levels
  Odoo reads the shop's inventory items with their stock at each location (sections 3.1 and
  3.2): `sku` finds one SKU exactly, `q` searches titles and SKUs whatever the case (D5), and
  every location level shows available = stocked - reserved (D11). The count is the number of
  matches before paging (D4). Each scenario creates its own SKUs, all carrying one marker made
  of the run id, and looks only at those.
  Decisions: docs/decisions.md#d4, #d5, #d11

  @op:listInventoryItems @doc:3.2
  Scenario: An item is found by its exact SKU, with its stock at each location
    Given a new SKU "plotter" stocked with 12 units
    When Odoo looks up the inventory item of SKU "plotter"
    Then the response status is 200
    And the inventory items listed are "plotter", with a count of 1
    And the listed item "plotter" has 12 units stocked over its location levels
    And every location level listed shows available = stocked - reserved

  @readonly @op:listInventoryItems @decision:D11
  Scenario: Every level on the first page shows available = stocked - reserved
    When Odoo lists the first page of inventory items
    Then the response status is 200
    And every location level listed shows available = stocked - reserved

  @op:listInventoryItems @decision:D5
  Scenario: The SKU filter is exact, not a partial match
    Given a new SKU "plotter" stocked with 12 units
    When Odoo looks up the inventory items of SKU "plotter" without its last character
    Then the response status is 200
    And no inventory item is listed, with a count of 0

  @op:listInventoryItems @decision:D5
  Scenario: The search finds SKUs whatever the case
    Given a new SKU "cable" stocked with 5 units
    And a new SKU "charger" stocked with 7 units
    When Odoo searches the inventory items for this scenario's marker in lower case
    Then the response status is 200
    And the inventory items listed are "cable" and "charger", with a count of 2

  @op:listInventoryItems @doc:3.1
  Scenario: The search also looks in the title
    Given a new SKU "sleeve" titled "Finger Gaming Sleeve" stocked with 5 units
    When Odoo searches the inventory items for the word that only the title of "sleeve" contains
    Then the response status is 200
    And the inventory items listed are "sleeve", with a count of 1

  @op:listInventoryItems @doc:3.1
  Scenario: Pages split the matches, and the count is that of all matches
    Given a new SKU "first" stocked with 5 units
    And a new SKU "second" stocked with 6 units
    And a new SKU "third" stocked with 7 units
    When Odoo searches the inventory items for this scenario's marker, 2 per page from offset 0
    Then 2 inventory items are listed, with a count of 3
    When Odoo searches the inventory items for this scenario's marker, 2 per page from offset 2
    Then 1 inventory item is listed, with a count of 3
    And the pages together hold "first", "second" and "third", each once

  @should @op:listInventoryItems @decision:D4
  Scenario: Without a limit, a page holds 50 items
    Given 51 new SKUs synced from Odoo with 1 unit each
    When Odoo searches the inventory items for this scenario's marker
    Then the response status is 200
    And 50 inventory items are listed, with a count of 51

  @readonly @op:listInventoryItems @decision:D4
  Scenario Outline: The value "<value>" for <parameter> is refused as invalid data naming the parameter
    When Odoo lists the inventory items with <parameter> "<value>"
    Then the answer is a 400 error of type "invalid_data" naming "<parameter>"

    Examples:
      | parameter | value |
      | limit     | 0     |
      | limit     | 1001  |
      | limit     | ten   |
      | offset    | -1    |
