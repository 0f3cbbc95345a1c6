import { createBrowserRouter } from 'react-router';
import { createRoutes, type RouteOptions } from './routes';

export function createAppRouter(options: RouteOptions) {
  return createBrowserRouter(createRoutes(options));
}
