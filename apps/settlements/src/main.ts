import { runService } from '@lotbook/platform';
import { settlementsService } from './settlements.service-definition';

runService(settlementsService);
