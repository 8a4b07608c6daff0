@inventory
Feature: Odoo reads the stock locations
  Odoo maps the shop's stock locations to its warehouses (section 3.6): each has an id, a name
  and an address with a city and a country code, and every inventory level is kept at one of
  them (D11).
  Decisions: docs/decisions.md#d11

  @readonly @op:listStockLocations @doc:3.6
  Scenario: Every stock location has an id, a name, a city and a country code
    When Odoo lists the stock locations
    Then the response status is 200
    And at least one stock location is listed
    And every stock location has an id, a name, a city and a country code

  @readonly @op:listStockLocations @op:listInventoryItems @decision:D11
  Scenario: The stock on the first page of inventory items is kept at listed locations
    When Odoo lists the stock locations
    Then every location level on the first page of inventory items is at one of the listed locations
