@webhooks
Feature: Order webhooks
  Instead of polling, Odoo can learn about order changes from the webhooks sent to the URL the
  shop's admin configured (section 6). Each event arrives within seconds, is about the order
  that changed, matches its payload in the contract and is signed with the webhook secret as
  Standard Webhooks prescribe (D20). A change sends only its most specific event: cancelling
  sends order.canceled and completing sends order.completed (D20).
  Decisions: docs/decisions.md#d20

  Background:
    Given the shop sends its webhooks to the conformance receiver

  # The documented API has no route that places an order: a storefront checkout does that, so
  # only the sandbox (its checkout control) can trigger order.placed on purpose.
  @sandbox @webhook:order.placed @doc:6.2
  Scenario: A placed order is announced with its customer and items
    Given a shopper and a product priced 4500 fils with 10 in stock, made for the webhook check
    When the shopper places an order for 2 of that product at the sandbox checkout
    Then an "order.placed" webhook about that order arrives
    And the webhook's order is the shopper's, with 2 of that product at 4500 fils each
    And the webhook matches its payload in the contract
    And the webhook carries a valid signature

  @needs-order @webhook:order.updated @op:updateOrder @decision:D20
  Scenario: Recording the Odoo sales order on an order sends order.updated
    Given an order made for the webhook check
    When Odoo records its sales order "SO/2026/CT0001" on the webhook check's order
    Then an "order.updated" webhook about that order arrives
    And the webhook matches its payload in the contract
    And the webhook carries a valid signature

  @needs-order @webhook:order.canceled @op:cancelOrder @doc:6.1
  Scenario: Cancelling an order sends order.canceled
    Given an order made for the webhook check
    When Odoo cancels the webhook check's order
    Then an "order.canceled" webhook about that order arrives
    And the webhook matches its payload in the contract
    And the webhook carries a valid signature

  @needs-order @webhook:order.completed @op:updateOdooOrder @doc:6.1
  Scenario: Completing an order from Odoo sends order.completed
    Given an order made for the webhook check
    When Odoo completes the webhook check's order as invoiced sales order "SO/2026/CT0002"
    Then an "order.completed" webhook about that order arrives
    And the webhook matches its payload in the contract
    And the webhook carries a valid signature

  # D20 sends one event per change, the most specific one. A target that delivers in order
  # has delivered any order.updated for the change by the time a later event arrives.
  @needs-order @should @webhook:order.updated @decision:D20
  Scenario Outline: <change> sends <event> and no order.updated
    Given an order made for the webhook check
    When Odoo <action> the webhook check's order
    Then an "<event>" webhook about that order arrives
    And no "order.updated" webhook about that order arrives before a later event does

    @webhook:order.canceled @op:cancelOrder
    Examples:
      | change     | action  | event          |
      | Cancelling | cancels | order.canceled |

    @webhook:order.completed @op:updateOdooOrder
    Examples:
      | change     | action    | event           |
      | Completing | completes | order.completed |
