-- AlterEnum
ALTER TYPE "NotificationKind" ADD VALUE 'CELEBRATION';
