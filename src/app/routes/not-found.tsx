import { NotFoundView } from '../not-found-view';

export const Component = NotFoundView;
