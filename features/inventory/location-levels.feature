@inventory
Feature: Odoo sets the stock of one item at one location
  Odoo sends the absolute stocked quantity of an inventory item at a stock location (section
  3.3), with the ids it finds in the inventory list. The answer is the level after the change,
  and the inventory list shows the new quantity. Quantities are integers of 0 or more (D11);
  an item or location that does not exist is not found (section 7).
  Decisions: docs/decisions.md#d11

  @op:updateLocationLevel @doc:3.3
  Scenario Outline: The stock is set to <quantity>, whatever it was before
    Given a new SKU "plotter" stocked with <before> units
    When Odoo sets the stock of "plotter" at its location to <quantity>
    Then the response status is 200
    And the answer is the level of "plotter" at that location, with <quantity> units stocked
    And the shop now holds <quantity> units of "plotter"

    Examples:
      | before | quantity |
      | 20     | 35       |
      | 20     | 0        |

  @op:updateLocationLevel @decision:D11
  Scenario: A negative stock is refused and changes nothing
    Given a new SKU "plotter" stocked with 20 units
    When Odoo sets the stock of "plotter" at its location to -5
    Then the answer is a 400 error of type "invalid_data" naming "stocked_quantity"
    And the shop still holds 20 units of "plotter"

  @op:updateLocationLevel @doc:7
  Scenario: The stock of an inventory item that does not exist is not found
    When Odoo sets the stock of an inventory item that does not exist to 10
    Then the response status is 404
    And the answer is an error of type "not_found"

  @op:updateLocationLevel @doc:7
  Scenario: The stock at a location that does not exist is not found, and nothing changes
    Given a new SKU "plotter" stocked with 20 units
    When Odoo sets the stock of "plotter" at a location that does not exist to 50
    Then the response status is 404
    And the answer is an error of type "not_found"
    And the shop still holds 20 units of "plotter"
