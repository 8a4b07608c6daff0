@products @op:listProducts
Feature: Odoo lists and searches products
  GET /admin/products (section 5.1) lists products with their variants: SKU, barcode (null
  when there is none, D24), prices as integers in minor units with the currency in upper case
  (D1), stock and manage_inventory. `q` is a case-insensitive part of the title, handle or SKU
  (D5). Other products exist on the target, so every scenario looks only for its own. The
  document's create body (section 5.3) has no barcode, so keeping one sent anyway is a SHOULD.
  Decisions: docs/decisions.md#d1, #d4, #d5, #d24

  @doc:5.1
  Scenario: A product is listed with its variant, its stock and its price in fils
    Given a product "KETTLE" with 7 in stock at 25000 fils
    When Odoo searches products for the SKU of "KETTLE"
    Then the product list holds exactly "KETTLE"
    And "KETTLE" is listed as published with its title and handle
    And the variant of "KETTLE" is listed with its SKU, no barcode, 7 in stock and managed inventory
    And the variant of "KETTLE" has exactly the prices "KWD 25000"

  @should @doc:5.1
  Scenario: A variant is listed with the barcode it was created with
    Given a product "SCANNER" with barcode "6291041500213" created by Odoo
    When Odoo searches products for the SKU of "SCANNER"
    Then the variant of "SCANNER" has the barcode "6291041500213"

  @decision:D5
  Scenario Outline: Searching finds a product by a part of its <field>, in any case
    Given a product "LAMP" whose title, handle and SKU carry different markers
    When Odoo searches products for the <field> marker of "LAMP" in another case
    Then the product list holds exactly "LAMP"

    Examples:
      | field  |
      | title  |
      | handle |
      | SKU    |

  @doc:5.1
  Scenario: Products come in pages, with the count of all matches before paging
    Given 3 products of the range "TEAPOT" created by Odoo
    When Odoo searches products of the range "TEAPOT" 2 per page from offset 0
    Then the product page holds 2 products of the range, with count 3
    When Odoo searches products of the range "TEAPOT" 2 per page from offset 2
    Then the product page holds 1 product of the range, with count 3
    And the pages together hold every product of the range once

  @readonly @decision:D4
  Scenario Outline: Listing products with <parameter> <value> is invalid data naming the parameter
    When Odoo lists products with "<parameter>" set to "<value>"
    Then the answer is a 400 error of type "invalid_data" naming "<parameter>"

    Examples:
      | parameter | value |
      | limit     | 0     |
      | limit     | 1001  |
      | limit     | all   |
      | offset    | -5    |
      | offset    | first |
