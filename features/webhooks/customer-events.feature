@webhooks
Feature: Customer webhooks
  Odoo's CRM can follow new and changed customers from the customer.created and
  customer.updated webhooks (section 6, D16): each arrives within seconds, carries the
  customer's id and e-mail, matches its payload in the contract and is signed (D20).
  Decisions: docs/decisions.md#d16, #d20

  Background:
    Given the shop sends its webhooks to the conformance receiver

  @webhook:customer.created @op:createCustomer @doc:6.2
  Scenario: Creating a customer sends customer.created with the customer's details
    When Odoo creates the customer Mohammed Al-Sabah with a new e-mail
    Then a "customer.created" webhook about that customer arrives
    And the webhook's customer has that e-mail and the name Mohammed Al-Sabah
    And the webhook matches its payload in the contract
    And the webhook carries a valid signature

  @webhook:customer.updated @op:updateCustomer @doc:6.1
  Scenario: Linking a customer to an Odoo partner sends customer.updated
    Given a customer made for the webhook check
    When Odoo links the webhook check's customer to its partner "RES.PARTNER/CT1"
    Then a "customer.updated" webhook about that customer arrives
    And the webhook's customer has that e-mail
    And the webhook matches its payload in the contract
    And the webhook carries a valid signature

  @should @webhook:customer.created @op:createCustomer @decision:D20
  Scenario: A refused customer creation sends no webhook
    Given a customer made for the webhook check
    And a "customer.created" webhook about that customer arrives
    When Odoo tries to create a second customer with the webhook check customer's e-mail
    Then the response status is 409
    And no other "customer.created" webhook for that e-mail arrives before a later event does
