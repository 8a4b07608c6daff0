@webhooks
Feature: Stock webhooks
  Every stock change sends inventory.updated: one per inventory level whose quantity changed,
  with the quantity before and after and what is now available (D15, D20). Odoo can use them
  to notice stock changed by other systems.
  Decisions: docs/decisions.md#d15, #d20

  Background:
    Given the shop sends its webhooks to the conformance receiver

  @webhook:inventory.updated @op:batchUpdateInventory @decision:D20
  Scenario: A batch update sends one inventory.updated per changed level
    Given two products made for the webhook check, with 5 and 8 in stock
    When Odoo sets their stock to 12 and 3 in one batch update
    Then an "inventory.updated" webhook reports the first product's stock going from 5 to 12, with 12 available
    And an "inventory.updated" webhook reports the second product's stock going from 8 to 3, with 3 available
    And the webhooks match their payload in the contract
    And the webhooks carry a valid signature
