import { runService } from '@lotbook/platform';
import { returnsService } from './returns.service-definition';

runService(returnsService);
