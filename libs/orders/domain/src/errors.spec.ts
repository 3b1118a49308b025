import { OrdersDomainError } from './errors';

describe('OrdersDomainError', () => {
  it('is an Error carrying its typed code, the field it is about and a message for a person', () => {
    const error = new OrdersDomainError('REGION_NOT_SHIPPED', 'seller steelworks does not ship to region SIBERIA', 'SIBERIA');
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({
      name: 'OrdersDomainError',
      code: 'REGION_NOT_SHIPPED',
      field: 'SIBERIA',
      message: 'seller steelworks does not ship to region SIBERIA',
    });
    expect(new OrdersDomainError('NOTHING_KEPT', 'x').field).toBeUndefined();
  });
});
