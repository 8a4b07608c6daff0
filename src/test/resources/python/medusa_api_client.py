import requests
from datetime import datetime

class MedusaAPI:
    def __init__(self, base_url, admin_email, admin_password):
        self.base_url = base_url
        self.token = self._get_token(admin_email, admin_password)
        self.headers = {
            'Content-Type': 'application/json',
            'Authorization': f'Bearer {self.token}'
        }
    
    def _get_token(self, email, password):
        response = requests.post(
            f'{self.base_url}/auth/user/emailpass',
            json={'email': email, 'password': password}
        )
        return response.json().get('token')
    
    def get_pending_orders(self):
        """Get all pending orders not synced to Odoo"""
        response = requests.get(
            f'{self.base_url}/admin/orders',
            headers=self.headers,
            params={'status': 'pending', 'limit': 100}
        )
        return response.json().get('orders', [])
    
    def mark_order_synced(self, order_id, odoo_order_id):
        """Mark order as synced to Odoo"""
        response = requests.post(
            f'{self.base_url}/admin/orders/{order_id}',
            headers=self.headers,
            json={
                'metadata': {
                    'odoo_synced': True,
                    'odoo_order_id': odoo_order_id,
                    'odoo_sync_date': datetime.now().isoformat()
                }
            }
        )
        return response.json()
    
    def update_inventory(self, updates):
        """Batch update inventory from Odoo"""
        response = requests.post(
            f'{self.base_url}/admin/inventory/batch-update',
            headers=self.headers,
            json={'updates': updates}
        )
        return response.json()
    
    def reduce_stock(self, sku, quantity, order_id):
        """Reduce stock after order fulfillment"""
        response = requests.post(
            f'{self.base_url}/admin/inventory/reduce-stock',
            headers=self.headers,
            json={
                'sku': sku,
                'quantity': quantity,
                'order_id': order_id,
                'reason': 'order_fulfilled'
            }
        )
        return response.json()
    
    def get_new_customers(self, since_date):
        """Get customers created after a specific date"""
        response = requests.get(
            f'{self.base_url}/admin/customers',
            headers=self.headers,
            params={
                'created_at[gte]': since_date,
                'limit': 100
            }
        )
        return response.json().get('customers', [])
    
    def mark_customer_synced(self, customer_id, odoo_partner_id):
        """Mark customer as synced to Odoo"""
        response = requests.post(
            f'{self.base_url}/admin/customers/{customer_id}',
            headers=self.headers,
            json={
                'metadata': {
                    'odoo_synced': True,
                    'odoo_customer_id': odoo_partner_id,
                    'odoo_sync_date': datetime.now().isoformat()
                }
            }
        )
        return response.json()


# Usage Example
api = MedusaAPI(
    base_url='http://localhost:9000',
    admin_email='admin@marqasouq.com',
    admin_password='admin_password'
)

# Get pending orders
orders = api.get_pending_orders()
for order in orders:
    print(f"Order #{order['display_id']}: {order['total']} KWD")
    
    # Process in Odoo and get Odoo order ID
    odoo_order_id = "SO/2026/001234"  # From Odoo
    
    # Mark as synced
    api.mark_order_synced(order['id'], odoo_order_id)
    
    # Reduce stock for each item
    for item in order['items']:
        api.reduce_stock(item['sku'], item['quantity'], order['id'])

# Sync inventory from Odoo
inventory_updates = [
    {'sku': 'LG-CPFL1625', 'stocked_quantity': 2},
    {'sku': 'SLEEVE', 'stocked_quantity': 605},
]
api.update_inventory(inventory_updates)

# Sync new customers
new_customers = api.get_new_customers('2026-01-30T00:00:00Z')
for customer in new_customers:
    print(f"New customer: {customer['email']}")
    # Create in Odoo and get partner ID
    odoo_partner_id = "RES.PARTNER/12345"  # From Odoo
    api.mark_customer_synced(customer['id'], odoo_partner_id)
