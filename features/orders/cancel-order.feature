@orders
Feature: Odoo cancels an order
  POST /admin/orders/{order_id}/cancel cancels an order and answers {order: {id, status,
  canceled_at}} (section 2.5). Only a pending order with nothing shipped can be canceled;
  cancelling a canceled, completed or (partly) shipped order is a conflict, and cancelling
  does not change stock (D10).
  Decisions: docs/decisions.md#d10

  @needs-order @op:cancelOrder @doc:2.5
  Scenario: A pending order is canceled and stays canceled
    Given a fresh pending order of 2 units of a new product
    When Odoo cancels the order
    Then the response status is 200
    And the answer is the canceled order with the time it was canceled
    And the order's status is "canceled"
    And the stock of the order's items is unchanged

  @needs-order @op:cancelOrder @decision:D10
  Scenario: Cancelling a canceled order again is a conflict
    Given a fresh pending order of 2 units of a new product
    And the order is canceled
    When Odoo cancels the order
    Then the response status is 409
    And the answer is an error of type "conflict"
    And the order's status is "canceled"

  @needs-order @op:cancelOrder @decision:D10
  Scenario Outline: An order that is <state> cannot be canceled
    Given a fresh pending order of 2 units of a new product
    And the order is <state>
    When Odoo cancels the order
    Then the response status is 409
    And the answer is an error of type "conflict"
    And the order's status is "<status>"

    Examples:
      | state              | status    |
      | fully shipped      | pending   |
      | partly shipped     | pending   |
      | completed by Odoo  | completed |

  @op:cancelOrder @doc:7
  Scenario: Cancelling an order that does not exist is not found
    When Odoo cancels an order that does not exist
    Then the response status is 404
    And the answer is an error of type "not_found"
