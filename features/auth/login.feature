@auth
Feature: Admin login
  Odoo logs in once with the admin e-mail and password (section 1) and sends the token as
  "Authorization: Bearer <token>" on every other call (D18).
  Decisions: docs/decisions.md#d18

  @readonly @op:createAdminToken @doc:1
  Scenario: The configured admin gets a bearer token
    When Odoo logs in with the configured admin credentials
    Then the response status is 200
    And the answer holds a bearer token

  @readonly @op:createAdminToken @doc:1
  Scenario: A wrong password is refused
    When Odoo logs in with the configured e-mail and a wrong password
    Then the response status is 401
    And the answer is an error of type "unauthorized"

  @op:createAdminToken @doc:7
  Scenario: A login without password is invalid data naming the field
    When Odoo logs in without a password
    Then the answer is a 400 error of type "invalid_data" naming "password"
