import requests
from datetime import datetime

class OdooMedusaAPI:
    def __init__(self, base_url, admin_email, admin_password):
        self.base_url = base_url
        self.session = requests.Session()
        self._authenticate(admin_email, admin_password)
    
    def _authenticate(self, email, password):
        response = self.session.post(
            f'{self.base_url}/auth/user/emailpass',
            json={'email': email, 'password': password}
        )
        token = response.json()['token']
        self.session.headers['Authorization'] = f'Bearer {token}'
    
    # ===== ORDERS =====
    def get_orders(self, status=None, date_from=None, limit=50, offset=0):
        """Get orders using dedicated Odoo endpoint"""
        params = {'limit': limit, 'offset': offset}
        if status:
            params['status'] = status
        if date_from:
            params['date_from'] = date_from
        response = self.session.get(f'{self.base_url}/odoo/orders', params=params)
        return response.json()
    
    def get_order_detail(self, order_id):
        """Get detailed order information"""
        response = self.session.get(f'{self.base_url}/odoo/orders/{order_id}')
        return response.json()
    
    def update_order_status(self, order_id, odoo_order_id, odoo_status):
        """Update order with Odoo information"""
        response = self.session.patch(
            f'{self.base_url}/odoo/orders/{order_id}',
            json={
                'odoo_order_id': odoo_order_id,
                'odoo_status': odoo_status
            }
        )
        return response.json()
    
    # ===== INVENTORY =====
    def get_inventory(self, low_stock_only=False, include_products=True):
        """Get current inventory levels"""
        params = {
            'low_stock': 'true' if low_stock_only else 'false',
            'include_products': 'true' if include_products else 'false',
            'limit': 500
        }
        response = self.session.get(f'{self.base_url}/odoo/inventory', params=params)
        return response.json()
    
    def sync_inventory(self, items):
        """
        Batch sync inventory from Odoo.
        items: list of dicts with 'sku', 'quantity', optional 'title'
        """
        response = self.session.post(
            f'{self.base_url}/odoo/inventory',
            json={'items': items}
        )
        return response.json()
    
    def reduce_stock(self, order_id, items):
        """
        Reduce stock after order fulfillment.
        items: list of dicts with 'sku' and 'quantity'
        """
        response = self.session.post(
            f'{self.base_url}/admin/inventory/reduce-stock',
            json={
                'order_id': order_id,
                'reason': 'order_shipped',
                'items': items
            }
        )
        return response.json()
    
    # ===== CUSTOMERS =====
    def get_customers(self, created_after=None, limit=50):
        """Get customers for Odoo CRM sync"""
        params = {'limit': limit}
        if created_after:
            params['created_after'] = created_after
        response = self.session.get(f'{self.base_url}/odoo/customers', params=params)
        return response.json()


# ===== USAGE EXAMPLE =====
if __name__ == '__main__':
    api = OdooMedusaAPI(
        base_url='http://localhost:9000',
        admin_email='admin@marqasouq.com',
        admin_password='your_password'
    )
    
    # 1. Get pending orders to process
    print("=== Fetching pending orders ===")
    orders_response = api.get_orders(status='pending,completed')
    for order in orders_response['orders']:
        print(f"Order #{order['display_id']}: {order['status']}")
        
        # Create order in Odoo (your Odoo logic here)
        odoo_order_id = f"SO/{datetime.now().year}/{order['display_id']:06d}"
        
        # Mark as synced in Medusa
        api.update_order_status(order['id'], odoo_order_id, 'synced')
    
    # 2. Reduce stock when order ships
    print("\n=== Reducing stock for shipped order ===")
    stock_items = [
        {'sku': 'LG-CPFL1625', 'quantity': 1},
        {'sku': 'SLEEVE', 'quantity': 2}
    ]
    result = api.reduce_stock('order_01ABC123', stock_items)
    print(f"Stock reduction result: {result['summary']}")
    
    # 3. Sync inventory from Odoo
    print("\n=== Syncing inventory from Odoo ===")
    inventory_updates = [
        {'sku': 'LG-CPFL1625', 'quantity': 10, 'title': 'Liberty Guard Plotter'},
        {'sku': 'SLEEVE', 'quantity': 1000, 'title': 'Gaming Finger Sleeve'},
    ]
    sync_result = api.sync_inventory(inventory_updates)
    print(f"Sync result: {sync_result['summary']}")
    
    # 4. Get low stock items for reorder
    print("\n=== Low stock items ===")
    inventory = api.get_inventory(low_stock_only=True)
    for item in inventory['inventory']:
        print(f"  {item['sku']}: {item['stocked_quantity']} (reorder needed)")
    
    # 5. Sync new customers to Odoo CRM
    print("\n=== New customers ===")
    customers = api.get_customers(created_after='2026-01-01T00:00:00Z')
    for customer in customers['customers']:
        print(f"  {customer['email']} - Orders: {customer['stats']['order_count']}")
