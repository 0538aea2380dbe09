// Declarations of service.mjs (plain JavaScript, run by the image without a build step).
export declare const TREE_ROOT: string;
export declare class ServiceError extends Error {}
export interface ResolvedService {
  service: string;
  /** Workspace folder, relative to the root of the tree: gateway or subgraphs/<name>. */
  dir: string;
  /** Absolute path of the compiled entry point. */
  entry: string;
  /** <SERVICE>_PORT */
  portVariable: string;
  defaultPort: number;
}
export declare function resolveService(service: string, root?: string): Promise<ResolvedService>;
export declare function writeServiceFiles(resolved: ResolvedService, out?: string): { mjs: string; json: string };
