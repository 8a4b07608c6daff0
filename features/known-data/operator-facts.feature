@readonly @facts
Feature: What the operator knows about the target is what the target answers
  A scenario that creates its own product and reads it back cannot tell whether the shop counts
  money in fils or in whole dinars: it gets back whatever unit it sent. Only a value the
  operator knows from outside the API can show it. Give the suite such values with
  `--facts FILE`: a SKU with its KWD price in fils (150.000 KWD = 150000) and, if known, its
  stock; an order with its total in fils; a customer's id and e-mail. Without a fact, the
  scenarios that need it are reported as not run. Amounts in minor units are decision D1
  (docs/decisions.md#d1): the document's examples imply it without saying it.

  @needs-fact:sku @op:listProducts @decision:D1
  Scenario: A SKU the operator knows is listed with its KWD price in fils
    When Odoo looks for the known SKU in the product list
    Then the known SKU's variant has its KWD price in fils, as the operator knows it

  @needs-fact:sku @op:listInventoryItems @doc:3.2
  Scenario: A SKU the operator knows is found by its SKU, with its stock
    When Odoo gets the inventory item of the known SKU by its SKU
    Then exactly the known SKU is listed, with the known stocked quantity if the operator gave one

  @needs-fact:sku @op:listOdooInventory @doc:8.5
  Scenario: Odoo's inventory lists the SKU the operator knows
    When Odoo gets its inventory filtered by the known SKU
    Then Odoo's inventory lists the known SKU, with the known stocked quantity if the operator gave one

  @needs-fact:order @op:getOrder @decision:D1
  Scenario: An order the operator knows carries its total in fils
    When Odoo reads the known order
    Then the known order's total is the one the operator knows, in fils

  @needs-fact:customer @op:listCustomers @doc:4.1
  Scenario: A customer the operator knows is found by e-mail
    When Odoo lists the customers with the known customer's e-mail
    Then the known customer is listed
