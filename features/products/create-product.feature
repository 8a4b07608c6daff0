@products @op:createProduct
Feature: Odoo creates products
  POST /admin/products (section 5.3) creates a product with its variants and answers
  200 {product}. The title is required, the handle defaults to the slug of the title, and the
  handle and every SKU belong to one product only: a duplicate is 409 conflict. A variant's
  inventory_quantity becomes the stock of its inventory item (D17).
  Decisions: docs/decisions.md#d11, #d17, #d19

  @doc:5.3
  Scenario: A product created from Odoo has what was sent, and its stock is created
    When Odoo creates the product "BLENDER" as in section 5.3 with 100 in stock at 25000 fils
    Then the response status is 200
    And the new product "BLENDER" has the title, handle, status, metadata and variant that were sent
    And the inventory item of the SKU of "BLENDER" has 100 in stock

  @decision:D17
  Scenario: Without a handle, the handle is the slug of the title
    When Odoo creates the product "Brass Kettle" without a handle
    Then the response status is 200
    And the new product has the slug of its title as handle

  @doc:7
  Scenario: A handle that another product has is a conflict
    Given a product "KETTLE" with 7 in stock at 25000 fils
    When Odoo creates the product "POT" with the handle of "KETTLE"
    Then the response status is 409
    And the answer is an error of type "conflict"
    And no product "POT" was created

  @doc:7
  Scenario: A SKU that another product has is a conflict and its stock is untouched
    Given a product "KETTLE" with 7 in stock at 25000 fils
    When Odoo creates the product "POT" with the SKU of "KETTLE" and 50 in stock
    Then the response status is 409
    And the answer is an error of type "conflict"
    And no product "POT" was created
    And the inventory item of the SKU of "KETTLE" has 7 in stock

  Scenario Outline: A product <problem> is invalid data and is not created
    When Odoo creates the product "GHOST" <problem>
    Then the answer is a 400 error of type "invalid_data" naming "<field>"
    And no product "GHOST" was created

    @decision:D17
    Examples:
      | problem         | field |
      | without a title | title |

    @decision:D19
    Examples:
      | problem                        | field |
      | with the unknown field "price" | price |

    @decision:D11
    Examples:
      | problem          | field              |
      | with -1 in stock | inventory_quantity |
