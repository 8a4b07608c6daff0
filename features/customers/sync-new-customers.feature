@customers @flow:sync-new-customers
Feature: Sync new customers to Odoo
  Quick Reference flow 3: Odoo lists the customers not yet synced (section 4.5), creates each
  one as a partner, and stores the partner id on the customer (section 4.3). Not yet synced
  means odoo_synced is absent, null or false; already synced means true (D5). The first Python
  client does the same with get_new_customers(since_date) and mark_customer_synced, which
  sends odoo_sync_date as Python's isoformat() without an offset (D23).
  Decisions: docs/decisions.md#d5, #d23

  @op:listCustomers
  Scenario Outline: A customer <how> is not yet synced to Odoo
    Given a customer "Layla" created by Odoo <how>
    When Odoo lists customers with the e-mail of "Layla" that are not yet synced to Odoo
    Then the customer list holds exactly "Layla"
    When Odoo lists customers with the e-mail of "Layla" that are already synced to Odoo
    Then the customer list is empty

    @doc:4.5
    Examples:
      | how                                |
      | with odoo_synced false in metadata |

    @decision:D5
    Examples:
      | how                             |
      | without odoo_synced in metadata |

  @op:listCustomers @op:updateCustomer @doc:qr3
  Scenario: A new customer is listed until Odoo marks it synced with its partner id
    Given a customer "Layla" registered since the last sync
    When Odoo lists the customers created since "Layla" registered that are not yet synced to Odoo
    Then "Layla" is among the listed customers
    When Odoo marks "Layla" as synced to partner "RES.PARTNER/12345"
    Then the response status is 200
    When Odoo lists the customers created since "Layla" registered that are not yet synced to Odoo
    Then "Layla" is not among the listed customers
    When Odoo lists the customers created since "Layla" registered that are already synced to Odoo
    Then "Layla" is among the listed customers, synced to partner "RES.PARTNER/12345"

  @op:listCustomers @op:updateCustomer @doc:qr3
  Scenario: The first Python client gets the new customers and marks one synced
    Given a customer "Layla" registered since the last sync
    When the Python client gets the new customers since "Layla" registered
    Then "Layla" is among the listed customers
    When the Python client marks "Layla" synced to partner "RES.PARTNER/12345" at local time "2026-01-30T14:00:00.123456"
    Then the response status is 200
    And the customer metadata marks it synced to partner "RES.PARTNER/12345"
    And the customer metadata has "odoo_sync_date" set to "2026-01-30T14:00:00.123456"
