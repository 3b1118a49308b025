import { runService } from '@lotbook/platform';
import { tradingService } from './trading.service-definition';

runService(tradingService);
