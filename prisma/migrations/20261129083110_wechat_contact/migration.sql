-- AlterTable
ALTER TABLE "Complaint" ADD COLUMN "wechat" TEXT;
