import { runService } from '@lotbook/platform';
import { counterpartiesService } from './counterparties.service-definition';

runService(counterpartiesService);
