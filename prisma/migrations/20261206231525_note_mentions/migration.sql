-- AlterEnum
ALTER TYPE "NotificationKind" ADD VALUE 'MENTION';
