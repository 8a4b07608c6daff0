@inventory
Feature: Odoo sets the stock of many SKUs in one batch
  Quick Reference 2: Odoo sends the quantity it holds for every SKU in one batch (sections 3.4
  and 8.7). Each quantity is absolute, not added. Each update stands alone (D12): an unknown
  SKU is `not_found`, a negative quantity `invalid`, a SKU named twice in one batch a
  `duplicate`; each counts in `failed`, the other updates are still applied, `success` is true
  only when nothing failed, and the answer is still 200. A body that is not a batch is refused.
  Decisions: docs/decisions.md#d12

  @op:batchUpdateInventory @flow:sync-stock @doc:3.4
  Scenario: A batch sets every SKU to the quantity Odoo holds
    Given a new SKU "plotter" stocked with 5 units
    And a new SKU "sleeve" stocked with 10 units
    And a new SKU "case" stocked with 15 units
    When Odoo sends the stock batch:
      | sku     | stocked_quantity |
      | plotter | 2                |
      | sleeve  | 605              |
      | case    | 0                |
    Then the response status is 200
    And the batch succeeded, with 3 updated and 0 failed
    And the batch results are:
      | sku     | status  | stocked_quantity |
      | plotter | updated | 2                |
      | sleeve  | updated | 605              |
      | case    | updated | 0                |
    And the shop now holds 2 units of "plotter"
    And the shop now holds 605 units of "sleeve"
    And the shop now holds 0 units of "case"

  @op:batchUpdateInventory @flow:sync-stock @decision:D12
  Scenario: An unknown SKU is reported as not found, and the other SKUs are still updated
    Given a new SKU "plotter" stocked with 5 units
    And a new SKU "sleeve" stocked with 10 units
    And "ghost" is a SKU the shop does not have
    When Odoo sends the stock batch:
      | sku     | stocked_quantity |
      | plotter | 7                |
      | ghost   | 3                |
      | sleeve  | 12               |
    Then the response status is 200
    And the batch did not succeed, with 2 updated and 1 failed
    And the batch results are:
      | sku     | status    | stocked_quantity |
      | plotter | updated   | 7                |
      | ghost   | not_found |                  |
      | sleeve  | updated   | 12               |
    And the shop now holds 7 units of "plotter"
    And the shop now holds 12 units of "sleeve"
    And the shop still has no inventory item with SKU "ghost"

  @op:batchUpdateInventory @decision:D12
  Scenario: A negative quantity is invalid and leaves that SKU as it was
    Given a new SKU "plotter" stocked with 5 units
    And a new SKU "sleeve" stocked with 10 units
    When Odoo sends the stock batch:
      | sku     | stocked_quantity |
      | plotter | -3               |
      | sleeve  | 11               |
    Then the response status is 200
    And the batch did not succeed, with 1 updated and 1 failed
    And the batch results are:
      | sku     | status  | stocked_quantity |
      | plotter | invalid |                  |
      | sleeve  | updated | 11               |
    And the shop still holds 5 units of "plotter"
    And the shop now holds 11 units of "sleeve"

  @op:batchUpdateInventory @decision:D12
  Scenario: A SKU named twice in one batch is a duplicate, and the other SKUs are still updated
    Given a new SKU "plotter" stocked with 5 units
    And a new SKU "sleeve" stocked with 10 units
    When Odoo sends the stock batch:
      | sku     | stocked_quantity |
      | plotter | 7                |
      | sleeve  | 11               |
      | plotter | 9                |
    Then the response status is 200
    And the batch reports "plotter" as a duplicate
    And the batch did not succeed, counting as failed every result that is not "updated"
    And the shop now holds 11 units of "sleeve"

  @should @op:batchUpdateInventory @decision:D12
  Scenario: Neither entry of a SKU named twice is applied
    Given a new SKU "plotter" stocked with 5 units
    When Odoo sends the stock batch:
      | sku     | stocked_quantity |
      | plotter | 7                |
      | plotter | 9                |
    Then the response status is 200
    And the batch did not succeed, with 0 updated and 2 failed
    And the batch results are:
      | sku     | status    | stocked_quantity |
      | plotter | duplicate |                  |
      | plotter | duplicate |                  |
    And the shop still holds 5 units of "plotter"

  @op:batchUpdateInventory
  Scenario Outline: A stock batch with <what> is refused as invalid data
    When Odoo sends a stock batch with <what>
    Then the answer is a 400 error of type "invalid_data" naming "updates"

    @doc:7
    Examples:
      | what              |
      | no updates at all |

    @decision:D12
    Examples:
      | what                     |
      | an empty list of updates |
