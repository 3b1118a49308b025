import { runService } from '@lotbook/platform';
import { ordersService } from './orders.service-definition';

runService(ordersService);
