// botocore's service model (../shared/reference/elbv2-service-2.json), for the tests that hold
// hand-written tables against its documentation: the shapes, and the reason to skip when absent.
import * as fs from 'node:fs';
import { missingShared, sharedPath } from './shared';

export interface ServiceMember {
  shape: string;
  documentation?: string;
}

export interface ServiceShapeDoc {
  members?: Record<string, ServiceMember>;
}

const SERVICE = ['reference', 'elbv2-service-2.json'];

/** Why the service model cannot be read, or false. */
export const serviceModelMissing = missingShared(...SERVICE);

/** The shapes of the service model; empty when it is absent (the tests using it are skipped). */
export const serviceShapes: Record<string, ServiceShapeDoc> = serviceModelMissing
  ? {}
  : (
      JSON.parse(fs.readFileSync(sharedPath(...SERVICE), 'utf8')) as {
        shapes: Record<string, ServiceShapeDoc>;
      }
    ).shapes;
