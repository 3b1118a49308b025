import { runService } from '@lotbook/platform';
import { catalogService } from './catalog.service-definition';

runService(catalogService);
