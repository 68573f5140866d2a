// Every check's accepted and rejected examples, by check id (see ../cases.ts). Tests and `npm run cases` only.
import type { LabCases } from '../cases';

export const cases: LabCases = {};
