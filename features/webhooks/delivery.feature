@webhooks
Feature: Webhook delivery headers
  Deliveries follow Standard Webhooks (D20): the webhook-id header identifies the message,
  and the envelope's id, sent for de-duplication, is the same value.
  Decisions: docs/decisions.md#d20

  Background:
    Given the shop sends its webhooks to the conformance receiver

  @should @webhook:customer.created @op:createCustomer @decision:D20
  Scenario: The envelope's id is the webhook-id header
    When Odoo creates the customer Layla Al-Mutairi with a new e-mail
    Then a "customer.created" webhook about that customer arrives
    And the webhook's envelope id, when it has one, equals its webhook-id header
