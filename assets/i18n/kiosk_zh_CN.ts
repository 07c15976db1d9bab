<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../../kiosk/pages/admin.py" line="129"/>
        <source>Staff only</source>
        <translation>仅限工作人员</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/admin.py" line="130"/>
        <source>Admin PIN</source>
        <translation>管理员密码</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/admin.py" line="131"/>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/admin.py" line="132"/>
        <source>Exit kiosk</source>
        <translation>退出自助机</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/admin.py" line="133"/>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/admin.py" line="140"/>
        <source>Too many wrong PINs. Try again in {n} s.</source>
        <translation>密码错误次数过多，请 {n} 秒后再试。</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/admin.py" line="143"/>
        <source>Wrong PIN.</source>
        <translation>密码错误。</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/admin.py" line="144"/>
        <source>No admin PIN is set for this station.</source>
        <translation>本机未设置管理员密码。</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/admin.py" line="145"/>
        <source>Unlocked.</source>
        <translation>已解锁。</translation>
    </message>
</context>
<context>
    <name>CheckOutPage</name>
    <message>
        <location filename="../../kiosk/pages/check_out.py" line="44"/>
        <source>Check out</source>
        <translation>签退</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/check_out.py" line="45"/>
        <source>Please hold the QR code on your badge to the scanner.</source>
        <translation>请将访客证上的二维码对准扫码器。</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/check_out.py" line="46"/>
        <source>No badge, or it does not scan? Please ask at reception.</source>
        <translation>没有访客证或无法扫码？请到前台咨询。</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/check_out.py" line="48"/>
        <source>We do not recognise this badge. Please ask at reception.</source>
        <translation>无法识别此访客证，请到前台咨询。</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/check_out.py" line="49"/>
        <source>This badge has already been checked out.</source>
        <translation>此访客证已签退。</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/check_out.py" line="50"/>
        <source>Sorry, something went wrong. Please ask at the front desk.</source>
        <translation>抱歉，系统出现问题。请到前台咨询。</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/check_out.py" line="53"/>
        <source>Back</source>
        <translation>返回</translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message>
        <location filename="../../kiosk/pages/confirm.py" line="144"/>
        <source>Sorry, something went wrong. Please ask at the front desk.</source>
        <translation>抱歉，系统出现问题。请到前台咨询。</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/confirm.py" line="162"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/confirm.py" line="164"/>
        <source> and {n} more</source>
        <translation>，另有 {n} 人</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/confirm.py" line="166"/>
        <source>names given at the desk</source>
        <translation>姓名到前台登记</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/confirm.py" line="167"/>
        <source>{n} people</source>
        <translation>共 {n} 人</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/confirm.py" line="167"/>
        <source>: </source>
        <translation>：</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/confirm.py" line="173"/>
        <source>Reception will find your host</source>
        <translation>由前台为您联系被访人</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/confirm.py" line="183"/>
        <source>Please check your details</source>
        <translation>请核对您的信息</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/confirm.py" line="184"/>
        <source>Your badge is printed when you confirm.</source>
        <translation>确认后将为您打印访客证。</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/confirm.py" line="185"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/confirm.py" line="185"/>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/confirm.py" line="185"/>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/confirm.py" line="186"/>
        <source>Visiting</source>
        <translation>拜访对象</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/confirm.py" line="186"/>
        <source>Group</source>
        <translation>同行</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/confirm.py" line="187"/>
        <source>Purpose</source>
        <translation>来访事由</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/confirm.py" line="188"/>
        <source>Vehicle</source>
        <translation>车牌</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/confirm.py" line="188"/>
        <source>Coming from</source>
        <translation>来自</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/confirm.py" line="189"/>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/confirm.py" line="191"/>
        <source>Change</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/confirm.py" line="192"/>
        <source>I do not agree</source>
        <translation>我不同意</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/confirm.py" line="193"/>
        <source>Confirm and print badge</source>
        <translation>确认并打印访客证</translation>
    </message>
</context>
<context>
    <name>DetailsPage</name>
    <message>
        <location filename="../../kiosk/pages/details.py" line="127"/>
        <source>Everyone in your group gets a badge.</source>
        <translation>每位同行人员都会拿到一张访客证。</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/details.py" line="128"/>
        <source>Just you? Then leave it at 1.</source>
        <translation>只有您一人？保持 1 即可。</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/details.py" line="133"/>
        <source>About your visit</source>
        <translation>来访信息</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/details.py" line="134"/>
        <source>A few more details, then you are done.</source>
        <translation>再填几项就好。</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/details.py" line="135"/>
        <source>How many people, including you?</source>
        <translation>来访人数（含您本人）</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/details.py" line="136"/>
        <source>Purpose of your visit (optional)</source>
        <translation>来访事由（选填）</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/details.py" line="137"/>
        <source>e.g. meeting, interview, delivery</source>
        <translation>例如：会议、面试、送货</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/details.py" line="138"/>
        <source>Vehicle plate (optional)</source>
        <translation>车牌号（选填）</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/details.py" line="139"/>
        <source>e.g. 粤B12345</source>
        <translation>例如：粤B12345</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/details.py" line="140"/>
        <source>Coming from (city or region, optional)</source>
        <translation>来自（城市或地区，选填）</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/details.py" line="141"/>
        <source>e.g. Shenzhen</source>
        <translation>例如：深圳</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/details.py" line="142"/>
        <source>ID card number (optional)</source>
        <translation>身份证号（选填）</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/details.py" line="143"/>
        <source>18 digits; the last may be X</source>
        <translation>18 位，末位可能是 X</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/details.py" line="144"/>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/details.py" line="145"/>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../../kiosk/pages/done.py" line="63"/>
        <source>Please collect your badges at the front desk.</source>
        <translation>请到前台领取访客证。</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/done.py" line="64"/>
        <source>Please collect your badge at the front desk.</source>
        <translation>请到前台领取您的访客证。</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/done.py" line="66"/>
        <source>Please take your badge.</source>
        <translation>请取走您的访客证。</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/done.py" line="66"/>
        <source>Please take your badges.</source>
        <translation>请取走所有访客证。</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/done.py" line="67"/>
        <source>Please wait at reception; we will find your host for you.</source>
        <translation>请在前台稍候，我们会为您联系被访人。</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/done.py" line="68"/>
        <source>Your host has been notified; please take a seat.</source>
        <translation>已通知您要拜访的人，请稍坐等候。</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/done.py" line="69"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
</context>
<context>
    <name>FeedbackPage</name>
    <message>
        <location filename="../../kiosk/pages/feedback.py" line="105"/>
        <source>You are checked out. Thank you for visiting!</source>
        <translation>您已签退，感谢您的来访！</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/feedback.py" line="106"/>
        <source>Thank you for your feedback!</source>
        <translation>感谢您的评价！</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/feedback.py" line="107"/>
        <source>How was your visit? Touch a star.</source>
        <translation>您对本次来访满意吗？请点选星级。</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/feedback.py" line="108"/>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
</context>
<context>
    <name>GroupPage</name>
    <message>
        <location filename="../../kiosk/pages/group.py" line="127"/>
        <source>Who is with you?</source>
        <translation>同行人员</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/group.py" line="128"/>
        <source>Type each person&apos;s name, so that everyone gets a badge.</source>
        <translation>请填写每位同行人员的姓名，以便为每人打印访客证。</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/group.py" line="130"/>
        <source>Person %1</source>
        <translation>第 %1 位</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/group.py" line="131"/>
        <source>Full name</source>
        <translation>请输入姓名</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/group.py" line="132"/>
        <source>Or give the names at the desk:</source>
        <translation>或到前台登记姓名：</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/group.py" line="133"/>
        <source>Names at the desk</source>
        <translation>到前台登记</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/group.py" line="134"/>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/group.py" line="135"/>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message>
        <location filename="../../kiosk/idle_warning.py" line="91"/>
        <source>Starting again in 1 second.</source>
        <translation>1 秒后返回首页。</translation>
    </message>
    <message>
        <location filename="../../kiosk/idle_warning.py" line="92"/>
        <source>Starting again in {n} seconds.</source>
        <translation>{n} 秒后返回首页。</translation>
    </message>
    <message>
        <location filename="../../kiosk/idle_warning.py" line="106"/>
        <source>Are you still there?</source>
        <translation>您还在吗？</translation>
    </message>
    <message>
        <location filename="../../kiosk/idle_warning.py" line="107"/>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
</context>
<context>
    <name>InvitationPage</name>
    <message>
        <location filename="../../kiosk/pages/invitation.py" line="109"/>
        <source>Visiting %1</source>
        <translation>拜访 %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/invitation.py" line="153"/>
        <source>No appointment today for this number. You can register as a walk-in.</source>
        <translation>此号码今天没有预约。您可以登记为临时访客。</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/invitation.py" line="157"/>
        <source>Touch your name.</source>
        <translation>请点选您的姓名。</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/invitation.py" line="162"/>
        <source>Your invitation</source>
        <translation>您的邀请</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/invitation.py" line="163"/>
        <source>Type its code, or find it by your mobile number.</source>
        <translation>请输入邀请码，或用手机号查找。</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/invitation.py" line="164"/>
        <source>Invitation code</source>
        <translation>邀请码</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/invitation.py" line="165"/>
        <source>8 letters and digits</source>
        <translation>8 位字母和数字</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/invitation.py" line="166"/>
        <location filename="../../kiosk/pages/invitation.py" line="171"/>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/invitation.py" line="167"/>
        <source>The code is in the message with your invitation.</source>
        <translation>邀请码在您收到的邀请消息里。</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/invitation.py" line="168"/>
        <source>Or simply hold its QR code to the scanner.</source>
        <translation>也可以直接将邀请二维码对准扫码器。</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/invitation.py" line="169"/>
        <source>No code? Your mobile number</source>
        <translation>没有邀请码？请输入手机号</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/invitation.py" line="170"/>
        <source>e.g. 138 0013 8000</source>
        <translation>例如 138 0013 8000</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/invitation.py" line="172"/>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/invitation.py" line="173"/>
        <source>I don&apos;t have an appointment</source>
        <translation>我没有预约</translation>
    </message>
</context>
<context>
    <name>InvitationProblemPage</name>
    <message>
        <location filename="../../kiosk/pages/invitation_problem.py" line="38"/>
        <source>Sorry, something went wrong. Please ask at the front desk.</source>
        <translation>抱歉，系统出现问题。请到前台咨询。</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/invitation_problem.py" line="39"/>
        <source>You can register as a walk-in visitor instead; reception can help too.</source>
        <translation>您可以改为临时访客登记，也可以到前台咨询。</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/invitation_problem.py" line="40"/>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/invitation_problem.py" line="41"/>
        <source>Register as a walk-in</source>
        <translation>临时访客登记</translation>
    </message>
</context>
<context>
    <name>IsThisYouPage</name>
    <message>
        <location filename="../../kiosk/pages/is_this_you.py" line="137"/>
        <source>Sorry, something went wrong. Please ask at the front desk.</source>
        <translation>抱歉，系统出现问题。请到前台咨询。</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/is_this_you.py" line="145"/>
        <source>Reception will find your host</source>
        <translation>由前台为您联系被访人</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/is_this_you.py" line="148"/>
        <source>Is this you?</source>
        <translation>是您本人吗？</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/is_this_you.py" line="149"/>
        <source>Check the name, then confirm with one touch.</source>
        <translation>请核对姓名，点一下即可签到。</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/is_this_you.py" line="150"/>
        <source>Visiting</source>
        <translation>拜访对象</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/is_this_you.py" line="151"/>
        <source>No, that&apos;s not me</source>
        <translation>不是我</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/is_this_you.py" line="152"/>
        <source>I do not agree</source>
        <translation>我不同意</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/is_this_you.py" line="153"/>
        <source>Yes, check me in</source>
        <translation>是我，签到</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/is_this_you.py" line="154"/>
        <source>Please type your full name to confirm</source>
        <translation>请输入您的完整姓名以确认</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/is_this_you.py" line="155"/>
        <source>As on your invitation</source>
        <translation>与预约时登记的姓名一致</translation>
    </message>
</context>
<context>
    <name>PhotoPage</name>
    <message>
        <location filename="../../kiosk/pages/photo.py" line="164"/>
        <source>A photo for your badge</source>
        <translation>为您的访客证拍照</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/photo.py" line="165"/>
        <source>So that reception and your host recognise you.</source>
        <translation>方便前台和被访人认出您。</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/photo.py" line="166"/>
        <source>Look at the camera and keep your face inside the oval.</source>
        <translation>请看向摄像头，将面部保持在椭圆框内。</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/photo.py" line="168"/>
        <source>I agree to a photo of me for my badge. It is kept with my visit for {days} days, then deleted.</source>
        <translation>我同意为访客证拍摄照片。照片随本次来访保存 {days} 天，之后删除。</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/photo.py" line="170"/>
        <source>Take photo</source>
        <translation>拍照</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/photo.py" line="171"/>
        <source>Retake</source>
        <translation>重拍</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/photo.py" line="172"/>
        <source>Use this photo</source>
        <translation>使用这张照片</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/photo.py" line="173"/>
        <source>No photo</source>
        <translation>不拍照</translation>
    </message>
</context>
<context>
    <name>PrivacyConsent</name>
    <message>
        <location filename="../../kiosk/privacy.py" line="104"/>
        <source>Your privacy</source>
        <translation>隐私说明</translation>
    </message>
    <message>
        <location filename="../../kiosk/privacy.py" line="105"/>
        <source>We keep {items}.</source>
        <translation>我们会保存您的{items}。</translation>
    </message>
    <message>
        <location filename="../../kiosk/privacy.py" line="107"/>
        <source>For 1 day, then we delete it.</source>
        <translation>保存 1 天，之后删除。</translation>
    </message>
    <message>
        <location filename="../../kiosk/privacy.py" line="108"/>
        <source>For {days} days, then we delete it.</source>
        <translation>保存 {days} 天，之后删除。</translation>
    </message>
    <message>
        <location filename="../../kiosk/privacy.py" line="109"/>
        <source>Why: for the site&apos;s security, and to tell your host you are here.</source>
        <translation>用途：保障场所安全，并通知被访人您已到达。</translation>
    </message>
    <message>
        <location filename="../../kiosk/privacy.py" line="110"/>
        <source>I agree</source>
        <translation>我同意</translation>
    </message>
    <message>
        <location filename="../../kiosk/privacy.py" line="111"/>
        <source>I agree that my ID number is kept</source>
        <translation>我同意保存我的身份证号</translation>
    </message>
    <message>
        <location filename="../../kiosk/privacy.py" line="119"/>
        <source>your name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../kiosk/privacy.py" line="120"/>
        <source>mobile number</source>
        <translation>手机号</translation>
    </message>
    <message>
        <location filename="../../kiosk/privacy.py" line="121"/>
        <source>company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../kiosk/privacy.py" line="126"/>
        <source>vehicle plate</source>
        <translation>车牌号</translation>
    </message>
    <message>
        <location filename="../../kiosk/privacy.py" line="130"/>
        <source>the address on your ID card</source>
        <translation>您身份证上的住址</translation>
    </message>
    <message>
        <location filename="../../kiosk/privacy.py" line="131"/>
        <source>the ethnic group on your ID card</source>
        <translation>您身份证上的民族</translation>
    </message>
    <message>
        <location filename="../../kiosk/privacy.py" line="122"/>
        <source>whom you visit</source>
        <translation>被访人</translation>
    </message>
    <message>
        <location filename="../../kiosk/privacy.py" line="123"/>
        <source>the times you arrive and leave</source>
        <translation>到访及离开时间</translation>
    </message>
    <message>
        <location filename="../../kiosk/privacy.py" line="124"/>
        <source>the purpose of your visit</source>
        <translation>来访事由</translation>
    </message>
    <message>
        <location filename="../../kiosk/privacy.py" line="125"/>
        <source>the purpose of your visit, if your host gave one</source>
        <translation>来访事由（如被访人已填写）</translation>
    </message>
    <message>
        <location filename="../../kiosk/privacy.py" line="127"/>
        <source>where you come from</source>
        <translation>来访地区</translation>
    </message>
    <message>
        <location filename="../../kiosk/privacy.py" line="128"/>
        <source>the names of the people with you</source>
        <translation>同行人员的姓名</translation>
    </message>
    <message>
        <location filename="../../kiosk/privacy.py" line="129"/>
        <source>your ID number (only with the separate consent below)</source>
        <translation>身份证号（须您在下方另行同意）</translation>
    </message>
</context>
<context>
    <name>SeeReceptionPage</name>
    <message>
        <location filename="../../kiosk/pages/see_reception.py" line="27"/>
        <source>Please see reception</source>
        <translation>请到前台办理</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/see_reception.py" line="28"/>
        <source>Nothing has been saved. Our reception staff will be glad to help you.</source>
        <translation>您的信息没有被保存。前台工作人员很乐意为您服务。</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/see_reception.py" line="29"/>
        <source>Back to start</source>
        <translation>返回首页</translation>
    </message>
</context>
<context>
    <name>SignPage</name>
    <message>
        <location filename="../../kiosk/pages/sign.py" line="90"/>
        <source>Thank you. Your badge is being prepared…</source>
        <translation>谢谢。正在为您准备访客证…</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/sign.py" line="111"/>
        <source>Sign in the box below with your finger.</source>
        <translation>请用手指在下方框内签名。</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/sign.py" line="112"/>
        <source>Please read to the end: the box to sign in opens there.</source>
        <translation>请阅读至文末，读完后即可在下方签名。</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/sign.py" line="124"/>
        <source>Signing: {who}</source>
        <translation>签署人：{who}</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/sign.py" line="125"/>
        <source>Sign here</source>
        <translation>请在此签名</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/sign.py" line="126"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/sign.py" line="127"/>
        <source>I do not agree</source>
        <translation>我不同意</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/sign.py" line="128"/>
        <source>I agree and sign</source>
        <translation>同意并签名</translation>
    </message>
</context>
<context>
    <name>WaitPage</name>
    <message>
        <location filename="../../kiosk/pages/wait.py" line="55"/>
        <source>For everyone&apos;s security the kiosk pauses after several unsuccessful tries. Reception can help you straight away.</source>
        <translation>为了大家的安全，多次尝试未成功后自助机会暂停一会儿。前台工作人员可以立即为您办理。</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/wait.py" line="57"/>
        <source>Back to start</source>
        <translation>返回首页</translation>
    </message>
</context>
<context>
    <name>WalkInPage</name>
    <message>
        <location filename="../../kiosk/pages/walk_in.py" line="201"/>
        <source>Touch the name of the person you are visiting.</source>
        <translation>请点选您要拜访的人。</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/walk_in.py" line="197"/>
        <source>Reception will find your host for you.</source>
        <translation>前台会为您联系被访人。</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/walk_in.py" line="125"/>
        <source>Have an ID card? Lay it on the reader and your name fills itself in.</source>
        <translation>有身份证？放在读卡器上，姓名会自动填好。</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/walk_in.py" line="126"/>
        <source>ID card read (%1). Please check your name, then go on.</source>
        <translation>已读取身份证（%1）。请核对姓名后继续。</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/walk_in.py" line="127"/>
        <source>This ID card has expired. Please type your details, or see reception.</source>
        <translation>此证件已过期。请手动填写，或到前台办理。</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/walk_in.py" line="128"/>
        <source>The card could not be read. Lay it flat on the reader and keep it still, or type your details.</source>
        <translation>未能读取证件。请将证件平放在读卡器上保持不动，或手动填写。</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/walk_in.py" line="202"/>
        <source>No one found. Please check the spelling, or touch &quot;My host is not listed&quot;.</source>
        <translation>未找到此人。请检查拼写，或点“找不到被访人”。</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/walk_in.py" line="206"/>
        <source>Search by Chinese name, pinyin, initials or English name.</source>
        <translation>可按中文姓名、拼音、首字母或英文名查找。</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/walk_in.py" line="214"/>
        <source>Your visit</source>
        <translation>来访登记</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/walk_in.py" line="215"/>
        <source>Fill in your details and choose whom you are visiting.</source>
        <translation>请填写您的信息，并选择要拜访的人。</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/walk_in.py" line="216"/>
        <source>Your name</source>
        <translation>您的姓名</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/walk_in.py" line="217"/>
        <source>Full name</source>
        <translation>请输入姓名</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/walk_in.py" line="218"/>
        <source>Mobile number</source>
        <translation>手机号码</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/walk_in.py" line="219"/>
        <source>e.g. 138 0013 8000</source>
        <translation>例如 138 0013 8000</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/walk_in.py" line="220"/>
        <source>Company (optional)</source>
        <translation>公司（选填）</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/walk_in.py" line="221"/>
        <source>Your company or organisation</source>
        <translation>您所在的公司或单位</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/walk_in.py" line="222"/>
        <source>Whom are you visiting?</source>
        <translation>您要拜访谁？</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/walk_in.py" line="223"/>
        <source>Type a name, pinyin or initials, e.g. zs</source>
        <translation>输入姓名、拼音或首字母，如 zs</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/walk_in.py" line="224"/>
        <source>My host is not listed</source>
        <translation>找不到被访人</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/walk_in.py" line="225"/>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/walk_in.py" line="226"/>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../kiosk/pages/welcome.py" line="83"/>
        <source>Welcome</source>
        <translation>欢迎光临</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/welcome.py" line="84"/>
        <source>I have an invitation</source>
        <translation>我有邀请</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/welcome.py" line="85"/>
        <source>Scan or type your invitation code.</source>
        <translation>扫描或输入邀请码。</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/welcome.py" line="86"/>
        <source>I don&apos;t have an appointment</source>
        <translation>我没有预约</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/welcome.py" line="87"/>
        <source>Or just lay your ID card on the reader.</source>
        <translation>或直接把身份证放在读卡器上。</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/welcome.py" line="88"/>
        <source>Register as a walk-in visitor in under a minute.</source>
        <translation>一分钟内即可完成临时访客登记。</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/welcome.py" line="89"/>
        <source>Leaving? Check out</source>
        <translation>要离开？签退</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/welcome.py" line="90"/>
        <source>Have a QR code? Hold it to the scanner at any time.</source>
        <translation>有二维码？随时对准扫码器即可。</translation>
    </message>
</context>
</TS>
