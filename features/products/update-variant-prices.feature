@products @op:updateVariant
Feature: Odoo updates a variant's prices
  POST /admin/products/{id}/variants/{variant_id} (section 5.2) sets prices by currency: a price
  in a currency the variant has replaces it, another currency is added (D17). Amounts are
  integers in minor units, never negative (D1).
  Decisions: docs/decisions.md#d1, #d17

  @op:listProducts @doc:5.2
  Scenario: The new KWD price from Odoo replaces the old one
    Given a product "KETTLE" with 7 in stock at 150000 fils
    When Odoo sets the price of "KETTLE" to 160000 in "KWD"
    Then the response status is 200
    And the variant of "KETTLE" has exactly the prices "KWD 160000"
    When Odoo searches products for the SKU of "KETTLE"
    Then the variant of "KETTLE" has exactly the prices "KWD 160000"

  @op:listProducts @decision:D17
  Scenario: A price in another currency is added and the KWD price is kept
    Given a product "KETTLE" with 7 in stock at 150000 fils
    When Odoo sets the price of "KETTLE" to 520 in "USD"
    Then the response status is 200
    And the variant of "KETTLE" has exactly the prices "KWD 150000, USD 520"
    When Odoo sets the price of "KETTLE" to 155000 in "KWD"
    And Odoo searches products for the SKU of "KETTLE"
    Then the variant of "KETTLE" has exactly the prices "KWD 155000, USD 520"

  @should @decision:D1
  Scenario: A currency code in lower case updates the price in that currency
    Given a product "KETTLE" with 7 in stock at 150000 fils
    When Odoo sets the price of "KETTLE" to 160000 in "kwd"
    Then the response status is 200
    And the variant of "KETTLE" has exactly the prices "KWD 160000"

  @decision:D1
  Scenario: A negative amount is invalid data and the price is unchanged
    Given a product "KETTLE" with 7 in stock at 150000 fils
    When Odoo sets the price of "KETTLE" to -1 in "KWD"
    Then the answer is a 400 error of type "invalid_data" naming "amount"
    When Odoo searches products for the SKU of "KETTLE"
    Then the variant of "KETTLE" has exactly the prices "KWD 150000"

  @doc:7
  Scenario: The variant of another product is not found and its price is unchanged
    Given a product "KETTLE" with 7 in stock at 150000 fils
    And a product "POT" with 3 in stock at 9000 fils
    When Odoo sets the price of the variant of "POT" under the product "KETTLE" to 1000 in "KWD"
    Then the response status is 404
    And the answer is an error of type "not_found"
    When Odoo searches products for the SKU of "POT"
    Then the variant of "POT" has exactly the prices "KWD 9000"

  @doc:7
  Scenario: Updating the price of a product that does not exist is not found
    When Odoo sets the price of a variant of a product that does not exist to 1000 in "KWD"
    Then the response status is 404
    And the answer is an error of type "not_found"
